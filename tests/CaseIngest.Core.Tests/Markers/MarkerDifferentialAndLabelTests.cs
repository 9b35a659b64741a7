namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A marker named in a differential diagnosis describes a candidate, not the tumour; and an index that "labelled" a share
/// of nuclei is read with its value.
/// </summary>
public sealed class MarkerDifferentialAndLabelTests
{
    [Theory]
    [InlineData("The differential diagnosis included CK7-positive carcinomas of the lung and breast.", "CK7")]
    [InlineData("Differential diagnoses such as an S100-positive melanoma were considered.", "S100")]
    [InlineData("The differential included a desmin-positive leiomyosarcoma.", "desmin")]
    public void AMarkerOfADifferentialIsNoFact(string text, string name)
    {
        var record = Support.Engines.Extract(text);
        Assert.DoesNotContain(record.Markers, m => m.Name == name);
    }

    [Theory]
    [InlineData("The differential diagnosis was broad; the tumour cells were positive for CK7.", "CK7", "positive")]
    [InlineData("To narrow the differential, immunostains showed that the cells were negative for S100.", "S100", "negative")]
    public void AFindingAfterTheDifferentialIsKept(string text, string name, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("Ki-67 labelled 30% of nuclei.", 30)]
    [InlineData("MIB-1 labeled about 12% of the tumour cell nuclei.", 12)]
    public void AnIndexThatLabelledAShareOfNucleiIsRead(string text, double value)
    {
        var fact = MarkerListTests.Single(text, "Ki-67");
        Assert.Equal(value, fact.Value);
    }
}
