namespace CaseIngest.Core.Tests.Markers;

/// <summary>A serum marker that normalised to a level takes that level as its value, as "fell to" and "rose to" do.</summary>
public sealed class MarkerSerumTrendTests
{
    [Theory]
    [InlineData("After resection the CEA normalised to 3.1 ng/mL.", "CEA", 3.1)]
    [InlineData("Serum AFP normalized to 6 ng/mL within two months.", "AFP", 6)]
    [InlineData("CA-125 had normalised from 1,240 to 22 U/mL by the third cycle.", "CA-125", 22)]
    public void TheLevelANormalisedMarkerReachedIsItsValue(string text, string name, double value)
    {
        Assert.Equal(value, MarkerListTests.Single(text, name).Value);
    }

    [Theory]
    [InlineData("The CEA normalised after surgery.", "CEA")]
    [InlineData("Serum AFP normalized to 6 ng/mL within two months.", "AFP")]
    [InlineData("By the fourth cycle the CA 19-9 had normalized.", "CA 19-9")]
    public void ANormalisedLevelIsNegative(string text, string name)
    {
        Assert.Equal("negative", MarkerListTests.Single(text, name).Result);
    }
}
