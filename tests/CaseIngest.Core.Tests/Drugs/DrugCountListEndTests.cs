namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A count that opens a list of drugs joined by "and" belongs to that list; a drug after a comma that closes the list
/// ("After four cycles of gemcitabine and cisplatin, durvalumab was added") starts a clause of its own and takes no count
/// from it. A list written with commas and a final "and" keeps its count on every member.
/// </summary>
public sealed class DrugCountListEndTests
{
    [Theory]
    [InlineData("After four cycles of gemcitabine and cisplatin, durvalumab was added.", "durvalumab")]
    [InlineData("Following six cycles of carboplatin and pemetrexed, pembrolizumab was continued alone.", "pembrolizumab")]
    [InlineData("After two courses of cisplatin plus fluorouracil, cetuximab was started because of rising creatinine.", "cetuximab")]
    public void ADrugAfterTheCommaThatClosesACountedListTakesNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("After four cycles of gemcitabine and cisplatin, durvalumab was added.", "cisplatin", 4)]
    [InlineData("She received six cycles of cyclophosphamide, doxorubicin and vincristine.", "doxorubicin", 6)]
    [InlineData("She received six cycles of cyclophosphamide, doxorubicin and vincristine.", "vincristine", 6)]
    [InlineData("He was given three cycles of bleomycin, etoposide, and cisplatin.", "etoposide", 3)]
    public void EveryMemberOfTheCountedListKeepsTheCount(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
}
