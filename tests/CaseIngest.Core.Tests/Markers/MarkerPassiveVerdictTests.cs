namespace CaseIngest.Core.Tests.Markers;

/// <summary>A staining result told in a passive clause before the markers: "expression was observed for CK7 and CK19".</summary>
public sealed class MarkerPassiveVerdictTests
{
    [Theory]
    [InlineData("Focal expression was observed for desmin and caldesmon in the spindle cells.", "desmin", "positive")]
    [InlineData("Strong staining was seen for GATA3 and CK7, whereas TTF-1 was negative.", "CK7", "positive")]
    [InlineData("Strong staining was seen for GATA3 and CK7, whereas TTF-1 was negative.", "TTF-1", "negative")]
    [InlineData("No immunoreactivity was detected for synaptophysin or chromogranin A.", "synaptophysin", "negative")]
    public void AResultToldBeforeTheMarkersInAPassiveClauseIsTheirs(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
