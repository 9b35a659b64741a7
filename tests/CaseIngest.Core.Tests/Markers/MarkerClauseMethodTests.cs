namespace CaseIngest.Core.Tests.Markers;

/// <summary>A sentence naming several tests each with its own method gives each marker the method of its own clause.</summary>
public sealed class MarkerClauseMethodTests
{
    [Theory]
    [InlineData("ALK was negative on IHC (D5F3), ROS1 was negative on FISH, and EGFR was wild-type on PCR.", "ALK", "IHC")]
    [InlineData("ALK was negative on IHC (D5F3), ROS1 was negative on FISH, and EGFR was wild-type on PCR.", "ROS1", "FISH")]
    [InlineData("ALK was negative on IHC (D5F3), ROS1 was negative on FISH, and EGFR was wild-type on PCR.", "EGFR", "PCR")]
    [InlineData("EGFR mutation was absent by PCR, whereas ALK rearrangement was detected by FISH.", "EGFR", "PCR")]
    [InlineData("EGFR mutation was absent by PCR, whereas ALK rearrangement was detected by FISH.", "ALK", "FISH")]
    [InlineData("The tumour mutational burden was 14 mutations/Mb on next-generation sequencing, and Ki-67 was 30% on immunohistochemistry.", "TMB", "NGS")]
    [InlineData("ALK protein was expressed by immunohistochemistry with an H-score of 150, and KRAS was wild-type on NGS.", "ALK", "IHC")]
    public void EachMarkerTakesTheMethodOfItsClause(string text, string name, string method) =>
        Assert.Equal(method, MarkerListTests.Single(text, name).Method);

    [Fact]
    public void AMethodNamedAfterAListHoldsForEveryItem()
    {
        var record = Support.Engines.Extract("EGFR, KRAS and BRAF were wild-type on next-generation sequencing.");
        Assert.All(record.Markers, m => Assert.Equal("NGS", m.Method));
        Assert.Equal(3, record.Markers.Count);
    }
}
