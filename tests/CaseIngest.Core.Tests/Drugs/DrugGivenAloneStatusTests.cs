namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug given "alone" beside a partner left out ("paclitaxel alone, carboplatin being omitted") is given: the leaving
/// out reaches back only to the partner, not past "alone" to the drug given; the partner is not given.
/// </summary>
public sealed class DrugGivenAloneStatusTests
{
    [Theory]
    [InlineData("She was given paclitaxel alone, carboplatin being omitted because of her renal function.", "paclitaxel", "given")]
    [InlineData("She was given paclitaxel alone, carboplatin being omitted because of her renal function.", "carboplatin", "not-given")]
    [InlineData("He was treated with gemcitabine alone, cisplatin being withheld for his hearing loss.", "gemcitabine", "given")]
    [InlineData("He was treated with gemcitabine alone, cisplatin being withheld for his hearing loss.", "cisplatin", "not-given")]
    [InlineData("Capecitabine was continued alone; oxaliplatin was omitted from cycle 5 onward.", "capecitabine", "given")]
    [InlineData("Docetaxel was omitted.", "docetaxel", "not-given")]
    public void ADrugGivenAloneIsGivenAndThePartnerLeftOutIsNot(string text, string generic, string status) =>
        Assert.Equal(status, DrugFacts.Single(text, generic).Status);
}
