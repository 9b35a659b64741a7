namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A PD-L1 score named before the marker it scores ("the tumour proportion score for PD-L1 was 70%"), also with a
/// bare number ("the combined positive score for PD-L1 was 15"): its value, method and cut-off result.
/// </summary>
public sealed class MarkerScoreForTests
{
    [Theory]
    [InlineData("The tumour proportion score for PD-L1 was 70%.", "high", 70.0, "TPS")]
    [InlineData("The TPS for PD-L1 (SP263) was 20%.", "positive", 20.0, "TPS")]
    [InlineData("On the lung biopsy, the tumour proportion score of PD-L1 was 55%.", "high", 55.0, "TPS")]
    [InlineData("The combined positive score for PD-L1 was 15.", "high", 15.0, "CPS")]
    [InlineData("The combined positive score for PD-L1 was 3.", "positive", 3.0, "CPS")]
    [InlineData("On the gastric biopsy, the CPS for PD-L1 was 0.", "negative", 0.0, "CPS")]
    [InlineData("The combined positive score for PD-L1: 40.", "high", 40.0, "CPS")]
    [InlineData("PD-L1 staining (22C3) showed a CPS of 6.", "positive", 6.0, "CPS")]
    [InlineData("The resection specimen had a TPS of 30% for PD-L1.", "positive", 30.0, "TPS")]
    [InlineData("A TPS of 80% for PD-L1 was reported.", "high", 80.0, "TPS")]
    public void TheScoreNamedFirstIsTheMethod(string text, string result, double value, string method)
    {
        var fact = MarkerListTests.Single(text, "PD-L1");
        Assert.Equal(result, fact.Result);
        Assert.Equal(value, fact.Value);
        Assert.Equal(method, fact.Method);
    }

    [Theory]
    [InlineData("Her PD-L1 CPS was 3.", "positive", "CPS")]
    [InlineData("Tumour cells were negative for PD-L1.", "negative", null)]
    public void AScoreNamedAfterTheMarkerOrNoneStaysAsRead(string text, string result, string? method)
    {
        var fact = MarkerListTests.Single(text, "PD-L1");
        Assert.Equal(result, fact.Result);
        Assert.Equal(method, fact.Method);
    }
}
