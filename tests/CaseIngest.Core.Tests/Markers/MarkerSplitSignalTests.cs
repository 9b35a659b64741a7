namespace CaseIngest.Core.Tests.Markers;

/// <summary>Split signals of a break-apart probe say the gene is rearranged; none seen, that it is not.</summary>
public sealed class MarkerSplitSignalTests
{
    [Theory]
    [InlineData("FISH with a break-apart probe showed split signals for ALK in 38% of tumour nuclei.", "ALK", "rearranged")]
    [InlineData("Break-apart hybridisation gave split signals for EWSR1 in most of the tumour cells.", "EWSR1", "rearranged")]
    [InlineData("Break-apart FISH showed no split signals for ROS1.", "ROS1", "negative")]
    public void SplitSignalsOfABreakApartProbeAreARearrangement(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
