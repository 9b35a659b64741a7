namespace CaseIngest.Core.Tests.Markers;

/// <summary>A PD-L1 score named before the marker it scores ("the tumour proportion score for PD-L1 was 70%"): its method and cut-offs.</summary>
public sealed class MarkerScoreForTests
{
    [Theory]
    [InlineData("The tumour proportion score for PD-L1 was 70%.", "high", 70.0, "TPS")]
    [InlineData("The TPS for PD-L1 (SP263) was 20%.", "positive", 20.0, "TPS")]
    [InlineData("On the lung biopsy, the tumour proportion score of PD-L1 was 55%.", "high", 55.0, "TPS")]
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
