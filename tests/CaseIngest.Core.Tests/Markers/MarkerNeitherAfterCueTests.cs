using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// "Neither … nor" after a result word ("the cells expressed neither CK7 nor CK20", "positive for neither desmin nor
/// myogenin", "showed staining for neither S100 nor SOX10"): the result the word says is denied for each marker of the
/// pair, while a verdict told apart in the same sentence keeps its own result.
/// </summary>
public sealed class MarkerNeitherAfterCueTests
{
    [Theory]
    [InlineData("The neoplastic cells expressed neither GATA3 nor PAX8.", "GATA3", "negative")]
    [InlineData("The neoplastic cells expressed neither GATA3 nor PAX8.", "PAX8", "negative")]
    [InlineData("On immunohistochemistry the spindle cells were positive for neither desmin nor myogenin.", "desmin", "negative")]
    [InlineData("On immunohistochemistry the spindle cells were positive for neither desmin nor myogenin.", "myogenin", "negative")]
    [InlineData("The biopsy showed staining for neither S100 nor SOX10, while CD34 was diffusely positive.", "SOX10", "negative")]
    [InlineData("The biopsy showed staining for neither S100 nor SOX10, while CD34 was diffusely positive.", "CD34", "positive")]
    [InlineData("Immunostaining revealed that the tumour expressed neither synaptophysin nor chromogranin A.", "synaptophysin", "negative")]
    [InlineData("The atypical lymphocytes were immunoreactive for neither CD20 nor CD3.", "CD3", "negative")]
    [InlineData("The tumour expresses neither ER nor PR, and HER2 was scored 3+.", "PR", "negative")]
    public void AResultWordBeforeNeitherIsDeniedForEachMarker(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Neither CK7 nor CK20 was expressed by the tumour cells.", "CK20", "negative")]
    [InlineData("The cells were negative for both CD20 and CD3.", "CD3", "negative")]
    [InlineData("The tumour expressed both CK7 and TTF-1.", "TTF-1", "positive")]
    [InlineData("The tumour cells expressed CK7 but neither CK20 nor CDX2.", "CK7", "positive")]
    public void OtherPairsKeepTheirResults(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
