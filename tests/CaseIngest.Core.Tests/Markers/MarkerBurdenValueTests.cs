namespace CaseIngest.Core.Tests.Markers;

/// <summary>A tumour mutational burden keeps its count of mutations when the verdict comes before it.</summary>
public sealed class MarkerBurdenValueTests
{
    [Theory]
    [InlineData("TMB was high at 12 mutations per megabase.", "high", 12)]
    [InlineData("The tumour mutational burden was low at 3 mut/Mb.", "low", 3)]
    [InlineData("Tumor mutational burden was very high at 21.5 mutations/Mb.", "high", 21.5)]
    public void ACountAfterTheVerdictIsTheBurdensValue(string text, string result, double value)
    {
        var fact = MarkerListTests.Single(text, "TMB");
        Assert.Equal(result, fact.Result);
        Assert.Equal(value, fact.Value);
        Assert.Equal("mut/Mb", fact.Unit);
    }
}
