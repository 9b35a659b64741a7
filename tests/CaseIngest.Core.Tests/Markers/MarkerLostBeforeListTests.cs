namespace CaseIngest.Core.Tests.Markers;

/// <summary>"lost" before a list of proteins reads as "loss of" does, beside a "retained" list in the same sentence.</summary>
public sealed class MarkerLostBeforeListTests
{
    [Theory]
    [InlineData("The tumour showed retained MSH2 and MSH6 and lost MLH1 and PMS2 expression.", "MLH1", "lost")]
    [InlineData("The tumour showed retained MSH2 and MSH6 and lost MLH1 and PMS2 expression.", "PMS2", "lost")]
    [InlineData("The tumour showed retained MSH2 and MSH6 and lost MLH1 and PMS2 expression.", "MSH6", "intact")]
    public void LostBeforeAListGivesEachItemTheLoss(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
