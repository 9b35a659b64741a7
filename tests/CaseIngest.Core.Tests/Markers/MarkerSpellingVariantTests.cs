namespace CaseIngest.Core.Tests.Markers;

/// <summary>Marker names written with a space or hyphen where the usual spelling has none, and the reverse.</summary>
public sealed class MarkerSpellingVariantTests
{
    [Theory]
    [InlineData("Immunostaining showed diffuse block-type p-16 positivity in the tumour cells.", "p16", "positive")]
    [InlineData("The Ki 67 index was 40%, and p53 was strongly positive.", "Ki-67", null)]
    [InlineData("Tumour cells were positive for PD L1 (TPS 60%).", "PD-L1", null)]
    [InlineData("The carcinoma was Her-2/neu negative.", "HER2", "negative")]
    [InlineData("Her2/neu was overexpressed (3+) on immunohistochemistry.", "HER2", "positive")]
    [InlineData("The atypical lymphocytes were CD 20 positive and CD 3 negative.", "CD20", "positive")]
    [InlineData("The atypical lymphocytes were CD 20 positive and CD 3 negative.", "CD3", "negative")]
    [InlineData("The spindle cells expressed S-100 protein but not SOX10.", "S100", "positive")]
    [InlineData("Strong membranous c-kit staining was seen in most tumour cells.", "CD117", "positive")]
    [InlineData("The follicles were bcl-2 negative, arguing against follicular lymphoma.", "BCL2", "negative")]
    [InlineData("The follicles were Bcl 2 negative, arguing against follicular lymphoma.", "BCL2", "negative")]
    [InlineData("The tumour was positive for Melan A and HMB-45.", "HMB45", "positive")]
    [InlineData("Tumour cells were immunoreactive for TTF1 and Napsin-A.", "napsin A", "positive")]
    [InlineData("The lymphoma cells were negative for CyclinD1, SOX11 and CD10.", "cyclin D1", "negative")]
    [InlineData("The neoplastic B cells expressed OCT-2 and BOB.1, with loss of CD5.", "OCT2", "positive")]
    [InlineData("The neoplastic B cells expressed OCT-2 and BOB.1, with loss of CD5.", "BOB1", "positive")]
    [InlineData("Staining for BCL 6 was negative in the follicles.", "BCL6", "negative")]
    [InlineData("The germinal centres were positive for B-cell lymphoma 6 and negative for B-cell lymphoma 2.", "BCL2", "negative")]
    [InlineData("The neoplastic follicles were positive for B-cell lymphoma (Bcl)-2.", "BCL2", "positive")]
    [InlineData("The plasmacytoid cells were positive for multiple myeloma oncogene 1 and CD138.", "MUM1", "positive")]
    [InlineData("The neoplasm was positive for ki67 in about 5% of nuclei, and negative for CK 20.", "CK20", "negative")]
    public void AMarkerWrittenWithASpaceOrHyphenIsTheSameMarker(string text, string name, string? result)
    {
        var fact = MarkerListTests.Single(text, name);
        if (result is not null)
        {
            Assert.Equal(result, fact.Result);
        }
    }

    [Theory]
    [InlineData("Her performance status was ECOG PS 1 and she received pembrolizumab.")]
    [InlineData("On day 3 the CR 1 criteria were met.")]
    [InlineData("Lavage fluid showed 81% lymphocytes with a CD 4/8 ratio of 0.57.")]
    public void AScoreOrDayWrittenWithANumberIsNoMarker(string text)
    {
        Assert.Empty(Support.Engines.Extract(text).Markers);
    }

    [Fact]
    public void ASpacedSymbolInTheBackgroundIsNoMarkerOfTheCase()
    {
        const string text = "Case presentation\nA 60-year-old man presented with fever.\n\nDiscussion\nLymphomas of this kind are usually CD 20 positive.";
        Assert.DoesNotContain(Support.Engines.Extract(text).Markers, m => m.Name == "CD20");
    }
}
