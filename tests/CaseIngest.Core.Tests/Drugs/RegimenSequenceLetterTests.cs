namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A regimen followed in sequence by a taxane written as its letter ("AC followed by T", "EC then D") gives the drugs of
/// both parts; a letter joined to more ("T2", "T-cell") or standing for no drug is none.
/// </summary>
public sealed class RegimenSequenceLetterTests
{
    [Theory]
    [InlineData("She was treated with four cycles of AC followed by T.", "doxorubicin,cyclophosphamide,paclitaxel")]
    [InlineData("Adjuvant chemotherapy was EC followed by weekly T for twelve weeks.", "epirubicin,cyclophosphamide,paclitaxel")]
    [InlineData("Neoadjuvant chemotherapy with FEC then D was given before the mastectomy.", "fluorouracil,epirubicin,cyclophosphamide,docetaxel")]
    [InlineData("She completed dose-dense AC followed by D, and then trastuzumab.", "doxorubicin,cyclophosphamide,docetaxel")]
    public void ARegimenFollowedByATaxaneLetterGivesTheTaxane(string text, string generics)
    {
        var names = DrugFacts.Of(text).Where(d => d.Status == "given").Select(d => d.Name).ToHashSet();
        Assert.All(generics.Split(','), g => Assert.Contains(g, names));
    }

    [Theory]
    [InlineData("After four cycles of AC followed by T2-weighted MRI, the tumour had shrunk.", "paclitaxel")]
    [InlineData("She received four cycles of AC followed by T-cell depletion studies.", "paclitaxel")]
    [InlineData("She received four cycles of AC chemotherapy; the T stage was reassessed.", "paclitaxel")]
    [InlineData("He received four cycles of BEP followed by D. Smith's review of the scans.", "docetaxel")]
    public void ALetterThatIsNoTaxaneGivesNone(string text, string generic) =>
        Assert.DoesNotContain(DrugFacts.Of(text), d => d.Name == generic);
}
