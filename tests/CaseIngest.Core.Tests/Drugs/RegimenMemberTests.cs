namespace CaseIngest.Core.Tests.Drugs;

/// <summary>A regimen acronym gives its standard drugs unless the text spells out or changes its members.</summary>
public sealed class RegimenMemberTests
{
    private static List<string> Names(string text) => DrugFacts.Of(text).Select(d => d.Name).Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void AModifiedRegimenSpelledOutKeepsOnlyTheDrugsItNames()
    {
        Assert.Equal(
            ["irinotecan", "oxaliplatin", "tegafur"],
            Names("She then received a modified FOLFIRINOX regimen (irinotecan 150 mg/m2 on day 1; oxaliplatin 85 mg/m2 on day 1; S-1 40 mg twice daily on days 1-7)."));
    }

    [Fact]
    public void MembersSpelledOutOnceHoldForEveryMentionOfTheRegimen()
    {
        Assert.Equal(
            ["irinotecan", "olaparib", "oxaliplatin", "tegafur"],
            Names("Olaparib was combined with modified FOLFIRINOX. The modified FOLFIRINOX regimen (irinotecan 150 mg/m2; oxaliplatin 85 mg/m2; S-1 40 mg twice daily) was given every 2 weeks."));
    }

    [Fact]
    public void AReplacedDrugIsNeitherAMemberNorGiven()
    {
        Assert.Equal(
            ["irinotecan", "leucovorin", "oxaliplatin", "tegafur"],
            Names("He was treated with FOLFIRINOX in which S-1 replaced 5-FU."));
        Assert.Equal(
            ["leucovorin", "oxaliplatin", "tegafur"],
            Names("He was treated with FOLFOX, with 5-FU replaced by S-1."));
    }

    [Fact]
    public void ARegimenSpelledOutWithAllItsDrugsKeepsThemAndItsCycles()
    {
        var drugs = DrugFacts.Of("She received four cycles of mFOLFOX6 consisting of oxaliplatin 85 mg/m2, leucovorin 400 mg/m2 and fluorouracil 400 mg/m2.");
        Assert.Equal(["fluorouracil", "leucovorin", "oxaliplatin"], drugs.Select(d => d.Name).Distinct().Order(StringComparer.Ordinal).ToList());
        Assert.All(drugs, d => Assert.Equal(4, d.Cycles));
    }

    [Fact]
    public void ARegimenFollowedByOneOtherDrugKeepsItsStandardDrugs()
    {
        Assert.Equal(
            ["bevacizumab", "capecitabine", "oxaliplatin"],
            Names("She received XELOX (plus bevacizumab) for six cycles."));
    }

    [Fact]
    public void ARegimenJudgedTooToxicIsNotGivenForEveryMember()
    {
        var drugs = DrugFacts.Of("FOLFIRINOX was considered too toxic, so gemcitabine monotherapy was started.");
        Assert.All(drugs.Where(d => d.Name != "gemcitabine"), d => Assert.Equal("not-given", d.Status));
        Assert.Equal(4, drugs.Count(d => d.Name != "gemcitabine"));
    }

    [Fact]
    public void AnAcronymSpelledOutWithOtherDrugsStandsForTheDrugsItNames()
    {
        Assert.Equal(["carboplatin", "paclitaxel"], Names("She was given five cycles of TC (paclitaxel and carboplatin) chemotherapy."));
        Assert.All(DrugFacts.Of("She was given five cycles of TC (paclitaxel and carboplatin) chemotherapy."), d => Assert.Equal(5, d.Cycles));
    }
}
