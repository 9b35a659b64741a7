using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>Two results of one marker on two specimens in one sentence: each specimen keeps its own entry.</summary>
public sealed class MarkerSecondSpecimenTests
{
    [Theory]
    [InlineData("HER2 scored 1+ on the diagnostic biopsy and 3+ on the resection specimen.", "HER2", "low", "positive")]
    [InlineData("HER2 was 1+ on the core biopsy, but 3+ on the mastectomy specimen.", "HER2", "low", "positive")]
    [InlineData("PD-L1 TPS was 1% on the primary tumour and 60% on the liver metastasis.", "PD-L1", "positive", "high")]
    [InlineData("The PD-L1 combined positive score was 5 in the biopsy and 20 in the surgical specimen.", "PD-L1", "positive", "high")]
    [InlineData("Ki-67 was 5% in the primary and 40% in the recurrence.", "Ki-67", "low", "high")]
    public void EachSpecimenKeepsItsOwnResult(string text, string name, string first, string second)
    {
        var results = Engines.Extract(text).Markers.Where(m => m.Name == name).Select(m => m.Result).ToList();
        Assert.Equal([first, second], results);
    }

    [Fact]
    public void EachSpecimenKeepsItsOwnValue()
    {
        var facts = Engines.Extract("ER was 90% in the primary tumour and 10% in the axillary node.").Markers.Where(m => m.Name == "ER").ToList();
        Assert.Equal([90.0, 10.0], facts.Select(m => m.Value ?? double.NaN));
        Assert.All(facts, f => Assert.Equal("positive", f.Result));
    }

    [Fact]
    public void ASecondScoreKeepsTheMethodOfTheFirst()
    {
        var facts = Engines.Extract("PD-L1 TPS was 1% on the primary tumour and 60% on the liver metastasis.").Markers;
        Assert.All(facts, f => Assert.Equal("TPS", f.Method));
    }

    [Theory]
    [InlineData("HER2 was 3+ on the biopsy and the patient started trastuzumab.")]
    [InlineData("HER2 was 3+ on the biopsy and CK7 was positive.")]
    public void AClauseAboutSomethingElseIsNoSecondResult(string text)
    {
        Assert.Single(Engines.Extract(text).Markers, m => m.Name == "HER2");
    }
}
