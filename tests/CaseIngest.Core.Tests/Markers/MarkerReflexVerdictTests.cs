namespace CaseIngest.Core.Tests.Markers;

/// <summary>An equivocal HER2 stain settled by hybridisation written with the verdict alone or with the amplification first.</summary>
public sealed class MarkerReflexVerdictTests
{
    [Theory]
    [InlineData("HER2 was 2+ with no amplification on FISH.", "negative")]
    [InlineData("HER2 IHC 2+, FISH negative.", "negative")]
    [InlineData("HER2 was equivocal (2+) and FISH was negative.", "negative")]
    [InlineData("HER2 2+ with amplification confirmed by FISH.", "positive")]
    [InlineData("HER2 was scored 2+; dual in situ hybridization showed no amplification.", "negative")]
    public void TheHybridisationSettlesAnEquivocalStain(string text, string result)
    {
        var fact = MarkerListTests.Single(text, "HER2");
        Assert.Equal(result, fact.Result);
        Assert.Contains("ISH", fact.Method);
    }
}
