namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A regimen acronym the report defines as something other than drugs ("endometrial cancer (EC)", "peripheral arterial
/// disease (PAD)") keeps that meaning wherever it is used, so it names no regimen; an acronym the report defines by its
/// drugs ("epirubicin and cyclophosphamide (EC)"), or does not define, still reads as its regimen.
/// </summary>
public sealed class DrugDefinedAbbreviationTests
{
    [Theory]
    [InlineData("A 61-year-old woman was diagnosed with endometrial cancer (EC). She received paclitaxel and carboplatin. Four cycles later the EC recurred in the pelvis and chemotherapy was resumed.", "paclitaxel,carboplatin")]
    [InlineData("She was found to have esophageal cancer (EC) and began chemotherapy. After two cycles the EC had shrunk and cisplatin was stopped.", "cisplatin")]
    [InlineData("He had peripheral arterial disease (PAD). He received two cycles of bortezomib, and the PAD was managed conservatively.", "bortezomib")]
    public void AnAbbreviationDefinedAsADiseaseNamesNoRegimen(string text, string names)
    {
        Assert.Equal(names.Split(',').Order(StringComparer.Ordinal), DrugFacts.Of(text).Select(d => d.Name).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("She received neoadjuvant epirubicin and cyclophosphamide (EC). After four cycles of EC chemotherapy the tumour had shrunk.", "cyclophosphamide,epirubicin")]
    [InlineData("She received four cycles of EC chemotherapy for breast cancer.", "cyclophosphamide,epirubicin")]
    public void AnAcronymDefinedByItsDrugsOrNotDefinedStillReadsAsItsRegimen(string text, string names)
    {
        Assert.Equal(names.Split(',').Order(StringComparer.Ordinal), DrugFacts.Of(text).Select(d => d.Name).Distinct().Order(StringComparer.Ordinal));
    }
}
