using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Mismatch repair named as the test whose verdict opens its list of proteins ("Mismatch repair testing showed retained
/// MLH1 and PMS2"): each protein carries the verdict, and the test states no status of its own; a status told of the
/// proteins as a whole stays the status's.
/// </summary>
public sealed class MarkerMmrTestSubjectTests
{
    [Theory]
    [InlineData("Mismatch repair testing showed retained MLH1 and PMS2 expression.", "MLH1", "intact")]
    [InlineData("Mismatch repair testing showed retained MLH1 and PMS2 expression.", "PMS2", "intact")]
    [InlineData("Mismatch repair immunohistochemistry showed retained MLH1, MSH2, MSH6 and PMS2.", "MLH1", "intact")]
    [InlineData("Mismatch repair immunohistochemistry showed retained MLH1, MSH2, MSH6 and PMS2.", "MSH6", "intact")]
    [InlineData("MMR immunostaining demonstrated loss of MSH2 and MSH6.", "MSH2", "lost")]
    [InlineData("MMR immunostaining demonstrated loss of MSH2 and MSH6.", "MSH6", "lost")]
    public void EachProteinCarriesTheVerdict(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Mismatch repair testing showed retained MLH1 and PMS2 expression.")]
    [InlineData("MMR immunostaining demonstrated loss of MSH2 and MSH6.")]
    public void TheTestStatesNoStatusOfItsOwn(string text)
    {
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == "MMR");
    }

    [Theory]
    [InlineData("Mismatch repair proteins were retained.", "intact")]
    [InlineData("Mismatch repair proteins were retained (pMMR).", "intact")]
    [InlineData("Mismatch repair protein expression was lost.", "lost")]
    public void AStatusOfTheProteinsAsAWholeIsKept(string text, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, "MMR").Result);
    }
}
