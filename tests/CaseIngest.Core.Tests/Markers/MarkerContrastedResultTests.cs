namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Results of opposite sense in one sentence: a positive result told after a negative one ("negative for GATA3 and
/// positive for CK7") is no denial of the positive one; a stain noun opening the sentence ("Staining for CD34, desmin
/// and EMA was negative") names the stains, and the verdict after the list is each one's.
/// </summary>
public sealed class MarkerContrastedResultTests
{
    [Theory]
    [InlineData("The neoplastic cells were negative for GATA3 and positive for CK7.", "CK7", "positive")]
    [InlineData("The neoplastic cells were negative for GATA3 and positive for CK7.", "GATA3", "negative")]
    [InlineData("Tumour cells were negative for S-100 and focally positive for desmin.", "desmin", "positive")]
    [InlineData("Tumour cells were negative for S-100 and focally positive for desmin.", "S100", "negative")]
    [InlineData("The lesional cells were negative for CK20, positive for CK7.", "CK7", "positive")]
    [InlineData("The atypical cells were negative for CD3 and CD5 and strongly positive for CD20.", "CD20", "positive")]
    [InlineData("The atypical cells were negative for CD3 and CD5 and strongly positive for CD20.", "CD5", "negative")]
    [InlineData("The tumour was negative for TTF-1 and weakly positive for CDX2 and SATB2.", "SATB2", "positive")]
    [InlineData("Biopsy cells stained negative for synaptophysin and positive for chromogranin A.", "chromogranin A", "positive")]
    public void APositiveResultAfterANegativeOneIsNoDenial(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The tumour cells were not positive for CK7.", "CK7", "negative")]
    [InlineData("There was no positive staining for HMB-45 or Melan-A.", "Melan-A", "negative")]
    [InlineData("The cells were negative for CD34 and CD117.", "CD117", "negative")]
    public void ADenialOfAPositiveResultStillReversesIt(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Staining for CD34, desmin and EMA was negative.", "CD34", "negative")]
    [InlineData("Staining for CD34, desmin and EMA was negative.", "desmin", "negative")]
    [InlineData("Immunohistochemical staining for cytokeratin, EMA and S-100 was negative.", "EMA", "negative")]
    [InlineData("Immunostaining for CK7, CK20, and CDX2 was negative in the tumour.", "CK20", "negative")]
    [InlineData("The stains for SOX10, HMB-45 and Melan-A were all negative.", "SOX10", "negative")]
    [InlineData("Staining for synaptophysin, chromogranin A and CD56 was diffusely positive.", "synaptophysin", "positive")]
    public void AStainNounOpeningTheSentenceTakesTheVerdictAfterTheList(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The tumour cells showed staining for CK7, CK20 and CDX2, and TTF-1 was negative.", "CK20", "positive")]
    [InlineData("Nuclear staining for SOX10, HMB-45 and Melan-A was seen in the tumour cells.", "SOX10", "positive")]
    public void AStainNounAfterAVerbOrWithoutAVerdictKeepsItsOwnResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
