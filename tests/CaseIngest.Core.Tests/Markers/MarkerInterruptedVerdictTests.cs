using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A verdict parted from its marker by words that say nothing of the result: an aside between a marker and its verdict
/// ("CD99, a marker often seen in Ewing sarcoma, was positive"), a method named between the verdict and the marker
/// ("positive by immunohistochemistry for PAX8"), and an adverb of intensity inside a staining verb ("stained intensely
/// for CD117"); antibodies and stains written by their clone or common name ("Ber-EP4", "SALL4").
/// </summary>
public sealed class MarkerInterruptedVerdictTests
{
    [Theory]
    [InlineData("CD117, an important marker of gastrointestinal stromal tumours, was diffusely positive.", "CD117", "positive")]
    [InlineData("CD99, characteristic of Ewing sarcoma, was strongly positive in the tumour cells.", "CD99", "positive")]
    [InlineData("Calretinin, which is a mesothelial marker, was negative in the tumour cells.", "calretinin", "negative")]
    [InlineData("CK7 was, as expected, strongly positive.", "CK7", "positive")]
    [InlineData("Desmin, as in the earlier biopsy, was negative.", "desmin", "negative")]
    [InlineData("TTF-1, however, was negative.", "TTF-1", "negative")]
    [InlineData("Synaptophysin, a neuroendocrine stain, was focally positive, whereas chromogranin A was negative.", "synaptophysin", "positive")]
    [InlineData("SOX10, which is usually expressed in melanoma, was not expressed.", "SOX10", "negative")]
    public void AnAsideBetweenAMarkerAndItsVerdictIsReadPast(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The tumour was found to be positive by immunohistochemistry for PAX8.", "PAX8", "positive")]
    [InlineData("Tumour cells were negative, by immunohistochemistry, for CD20 and CD3.", "CD3", "negative")]
    [InlineData("Tumour cells were negative, by immunohistochemistry, for CD20 and CD3.", "CD20", "negative")]
    [InlineData("The biopsy was positive at immunohistochemistry for CD117 and DOG1.", "DOG1", "positive")]
    [InlineData("Neoplastic cells were found positive with immunostains for CD138.", "CD138", "positive")]
    [InlineData("The lesion was diffusely positive on IHC for synaptophysin.", "synaptophysin", "positive")]
    [InlineData("The cells were negative on IHC for WT1.", "WT1", "negative")]
    public void AMethodNamedBetweenAVerdictAndItsMarkersIsReadPast(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("In immunohistochemistry the tumour stained intensely for CD117.", "CD117", "positive")]
    [InlineData("The cells stained intensely for chromogranin A, whereas synaptophysin staining was weak.", "chromogranin A", "positive")]
    [InlineData("The tumour cells stained faintly for ER.", "ER", "positive")]
    [InlineData("The neoplastic cells stained uniformly for vimentin.", "vimentin", "positive")]
    public void AnAdverbInsideAStainingVerbKeepsItsMarker(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The tumour cells were positive for Ber-EP4 and negative for calretinin.", "EpCAM", "positive")]
    [InlineData("Immunohistochemistry revealed the tumour to be negative for BerEP4.", "EpCAM", "negative")]
    [InlineData("The lesion stained with Ber-EP4 was positive.", "EpCAM", "positive")]
    [InlineData("Expression of SALL4 and glypican-3 was observed in the tumour cells.", "SALL4", "positive")]
    [InlineData("Expression of SALL4 was seen in the tumour cells.", "SALL4", "positive")]
    [InlineData("The tumour cells were diffusely positive for SATB2.", "SATB2", "positive")]
    [InlineData("Expression of PAX5 was observed in the atypical cells.", "PAX5", "positive")]
    [InlineData("The histiocytes expressed CD163 and CD1a.", "CD1a", "positive")]
    [InlineData("Staining for arginase-1 and HepPar-1 was positive.", "arginase-1", "positive")]
    public void AStainWrittenByItsCloneOrCommonNameIsAMarker(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("CD20, the B-cell marker, and CD3 were both examined.")]
    [InlineData("The Ki-67 index, compared with p53, was 40%.")]
    [InlineData("CK7, a keratin stained in the earlier specimen, showed no change in size of the tumour.")]
    public void AnAsideWithoutAVerdictAfterItGivesNoResult(string text)
    {
        var record = Engines.Extract(text);
        Assert.DoesNotContain(record.Markers, m => m.Name is "CD20" or "CK7" && m.Result is not null);
    }

    [Fact]
    public void AMarkerInsideAnAsideTakesNoResultFromTheVerdictAfterIt()
    {
        var record = Engines.Extract("CK20, unlike CK7, was negative.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "CK7" && m.Result == "negative");
    }
}
