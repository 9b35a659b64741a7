namespace CaseIngest.Core.Tests.Markers;

/// <summary>A result told of the tumours of earlier series ("in previous series, most were positive for M") is none of the patient's.</summary>
public sealed class MarkerEarlierSeriesTests
{
    [Theory]
    [InlineData("In previous series, most of these tumours were positive for SOX10.", "SOX10")]
    [InlineData("Prior series found desmin staining in half of the tumours.", "desmin")]
    public void AResultOfEarlierSeriesIsNoneOfThePatient(string text, string name)
    {
        var record = Support.Engines.Extract(text);
        Assert.DoesNotContain(record.Markers, m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase) && m.Result is not null);
    }
}
