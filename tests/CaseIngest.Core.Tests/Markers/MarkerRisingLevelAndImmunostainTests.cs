using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A serum marker said to rise ("an increase in AFP", "rising CA 19-9") is high; markers named before the noun
/// "immunostain" take the result stated after it ("PSA and NKX3.1 immunostains were positive").
/// </summary>
public sealed class MarkerRisingLevelAndImmunostainTests
{
    [Theory]
    [InlineData("An increase in AFP was noted at the three-month visit.", "AFP")]
    [InlineData("A further rise in CEA led to a PET scan.", "CEA")]
    [InlineData("Rising CA 19-9 was the first sign of relapse.", "CA 19-9")]
    [InlineData("Increasing CA-125 levels were recorded during maintenance therapy.", "CA-125")]
    [InlineData("A slow rise in serum PSA prompted a bone scan.", "PSA")]
    public void ASerumMarkerSaidToRiseIsHigh(string text, string name)
    {
        Assert.Equal("high", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("PSA and NKX3.1 immunostains were positive.", "PSA", "positive")]
    [InlineData("PSA and NKX3.1 immunostains were positive.", "NKX3.1", "positive")]
    [InlineData("The GATA3 immunostain was diffusely positive.", "GATA3", "positive")]
    [InlineData("CD20 and PAX5 immunostains highlighted the B-cell follicles.", "PAX5", "positive")]
    [InlineData("The synaptophysin immunostain was negative.", "synaptophysin", "negative")]
    public void MarkersBeforeTheNounImmunostainTakeTheResultAfterIt(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("An increase in the dose of dexamethasone relieved the headache.")]
    [InlineData("Rising creatinine led to a pause in treatment.")]
    public void ARiseWithoutAMarkerIsNoMarker(string text)
    {
        Assert.Empty(Engines.Extract(text).Markers);
    }
}
