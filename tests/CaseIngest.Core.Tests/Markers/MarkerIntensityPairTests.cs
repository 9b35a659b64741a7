namespace CaseIngest.Core.Tests.Markers;

/// <summary>Two words of staining intensity or extent joined by "and" describe one result.</summary>
public sealed class MarkerIntensityPairTests
{
    [Theory]
    [InlineData("p16 was strongly and diffusely positive.", "p16", "positive")]
    [InlineData("CD117 was focally and weakly positive.", "CD117", "positive")]
    [InlineData("Synaptophysin showed strong and diffuse positivity.", "synaptophysin", "positive")]
    [InlineData("The tumour was CK7 diffusely and strongly positive.", "CK7", "positive")]
    [InlineData("Desmin was focally but strongly positive in the spindle cells.", "desmin", "positive")]
    public void IntensityWordsJoinedByAConjunctionKeepTheResult(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void AConjunctionBetweenMarkersStillEndsTheReading()
    {
        var record = Support.Engines.Extract("CK7 was strongly positive and CK20 was negative.");
        Assert.Equal("negative", record.Markers.Single(m => m.Name == "CK20").Result);
        Assert.Equal("positive", record.Markers.Single(m => m.Name == "CK7").Result);
    }
}
