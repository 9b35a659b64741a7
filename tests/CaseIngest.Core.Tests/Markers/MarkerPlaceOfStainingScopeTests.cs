namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A word of loss, absence or retention before a place of staining and an expression noun ("loss of nuclear expression
/// of MSH2") holds for the markers after them; a verdict word after a verb of description ("was described as high")
/// is the marker's result.
/// </summary>
public sealed class MarkerPlaceOfStainingScopeTests
{
    [Theory]
    [InlineData("The tumour showed loss of nuclear expression of MSH2 and MSH6.", "MSH2", "lost")]
    [InlineData("The tumour showed loss of nuclear expression of MSH2 and MSH6.", "MSH6", "lost")]
    [InlineData("Loss of nuclear expression of MSH2 and MSH6 was seen, with retained MLH1 and PMS2.", "MSH6", "lost")]
    [InlineData("Loss of nuclear expression of MSH2 and MSH6 was seen, with retained MLH1 and PMS2.", "PMS2", "intact")]
    [InlineData("Immunohistochemistry showed retained nuclear expression of MLH1 and PMS2.", "MLH1", "intact")]
    [InlineData("The neoplastic cells showed positive nuclear expression of SOX10.", "SOX10", "positive")]
    public void AWordOfLossOrRetentionReachesOverThePlaceOfStaining(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Tumour mutational burden was described as high (22 mutations/Mb).", "TMB", "high")]
    [InlineData("HER2 was scored as 3+ on immunohistochemistry.", "HER2", "positive")]
    public void AVerdictAfterAVerbOfDescriptionIsTheMarkers(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
