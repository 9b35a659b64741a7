namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A verdict told after a verb of outcome ("TTF-1 turned out to be negative", "CD20 proved negative", "the stain for
/// desmin proved to be positive"): the verb is read past to the verdict.
/// </summary>
public sealed class MarkerTurnedOutVerdictTests
{
    [Theory]
    [InlineData("TTF-1 turned out to be negative.", "TTF-1", "negative")]
    [InlineData("On the resection specimen CD20 proved negative.", "CD20", "negative")]
    [InlineData("Staining for desmin proved to be diffusely positive.", "desmin", "positive")]
    [InlineData("SOX10 turned out positive in the spindle cells.", "SOX10", "positive")]
    public void TheVerdictAfterAVerbOfOutcomeIsRead(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
