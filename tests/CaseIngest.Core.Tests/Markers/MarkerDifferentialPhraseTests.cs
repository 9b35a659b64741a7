namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Only the markers named inside a differential's own phrase ("the differential diagnosis included CK7-positive
/// carcinomas") describe a candidate; a finding told in the same sentence outside that phrase ("In the differential
/// diagnosis, the tumour was positive for CK7") is the case's result.
/// </summary>
public sealed class MarkerDifferentialPhraseTests
{
    [Theory]
    [InlineData("In the differential diagnosis, the tumour was positive for CK7.", "CK7", "positive")]
    [InlineData("For the differential diagnosis, the neoplastic cells were stained and were negative for S100.", "S100", "negative")]
    [InlineData("To exclude a differential diagnosis of lymphoma, the cells were stained and were negative for CD20.", "CD20", "negative")]
    [InlineData("The differential diagnosis included melanoma and lymphoma, and the tumour cells were positive for CK7.", "CK7", "positive")]
    [InlineData("In the differential diagnosis of mesothelioma, calretinin was negative.", "calretinin", "negative")]
    [InlineData("The differential diagnosis was made by immunohistochemistry, which showed positivity for desmin.", "desmin", "positive")]
    public void AFindingOutsideTheDifferentialsPhraseIsKept(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("The differential diagnosis included a CD30-positive anaplastic large cell lymphoma.", "CD30")]
    [InlineData("The differential diagnosis included melanoma, lymphoma and an S100-positive schwannoma.", "S100")]
    [InlineData("Differential diagnoses of TTF-1-positive tumours were considered.", "TTF-1")]
    [InlineData("The main differential diagnosis was a CK20-negative carcinoma of the lung.", "CK20")]
    [InlineData("In the differential diagnosis of desmin-positive tumours, leiomyosarcoma ranked first.", "desmin")]
    public void AMarkerNamedInTheDifferentialsPhraseIsNoFact(string text, string name)
    {
        var record = Support.Engines.Extract(text);
        Assert.DoesNotContain(record.Markers, m => m.Name == name);
    }
}
