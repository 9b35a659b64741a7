namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A verdict told before the method and its stain noun ("negative on immunohistochemical staining for WT1", "negative on
/// immunostaining for calretinin"): the stain noun before "for" names the method, not a positive result, and the verdict
/// before the method holds for the list after it; a stain noun with no verdict before it still reads as a stain found.
/// </summary>
public sealed class MarkerVerdictBeforeStainMethodTests
{
    [Theory]
    [InlineData("The tumour was negative on immunohistochemical staining for WT1.", "WT1", "negative")]
    [InlineData("The neoplasm proved negative on immunostaining for calretinin.", "calretinin", "negative")]
    [InlineData("The biopsy was negative on immunohistochemical staining for WT1, but positive for calretinin.", "WT1", "negative")]
    [InlineData("The biopsy was negative on immunohistochemical staining for WT1, but positive for calretinin.", "calretinin", "positive")]
    [InlineData("The lesional cells were negative with immunohistochemical stains for CD34 and desmin.", "CD34", "negative")]
    [InlineData("The lesional cells were negative with immunohistochemical stains for CD34 and desmin.", "desmin", "negative")]
    [InlineData("The spindle cell tumor was negative by immunostaining for S-100 protein.", "S100", "negative")]
    [InlineData("The lesion was positive on immunohistochemical staining for CD117.", "CD117", "positive")]
    [InlineData("Immunohistochemical staining for WT1 was negative.", "WT1", "negative")]
    [InlineData("The tumour was negative on imaging, and immunostaining for WT1 showed diffuse positivity.", "WT1", "positive")]
    public void AVerdictBeforeTheMethodIsTheResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
