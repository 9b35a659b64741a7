using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Cells named between a verdict noun and "for" ("positivity in the tumour cells for S100", "staining of the neoplastic
/// cells for desmin"): the noun before the cells gives the markers after "for" their result.
/// </summary>
public sealed class MarkerCellsBeforeForTests
{
    [Theory]
    [InlineData("Immunohistochemistry showed granular positivity by tumour cells for chromogranin A and synaptophysin.", "synaptophysin", "positive")]
    [InlineData("Immunohistochemistry showed granular positivity by tumour cells for chromogranin A and synaptophysin.", "chromogranin A", "positive")]
    [InlineData("Immunostains showed diffuse positivity in the lesional cells for SOX10.", "SOX10", "positive")]
    [InlineData("There was strong staining of the neoplastic cells for desmin and myogenin.", "myogenin", "positive")]
    [InlineData("The biopsy showed membranous reactivity in the atypical lymphoid cells for CD30.", "CD30", "positive")]
    [InlineData("There was no staining of the tumour cells for CD34.", "CD34", "negative")]
    [InlineData("Immunostaining showed negativity of the spindle cells for S-100.", "S100", "negative")]
    public void TheVerdictNounBeforeTheCellsGivesTheResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Flow cytometry of the bone marrow cells for CD34 was requested.", "CD34")]
    [InlineData("Sorting of the tumour cells for CD133 was performed in the laboratory.", "CD133")]
    public void CellsAfterANounThatIsNoVerdictGiveNone(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name && m.Result == "positive");
}
