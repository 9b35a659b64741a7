namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Less usual wordings of an immunostain's result: "positive only for", "a positive reaction for", "positivity of",
/// "negative results for", "stained by antibodies against", and steroid receptors named with one shared head
/// ("estrogen and progesterone receptors").
/// </summary>
public sealed class MarkerResultWordingTests
{
    [Theory]
    [InlineData("The spindle cells were positive only for vimentin.", "vimentin", "positive")]
    [InlineData("The lesion was immunoreactive only for CD68 and CD163.", "CD163", "positive")]
    [InlineData("The tumour cells showed a positive reaction for S-100 protein.", "S100", "positive")]
    [InlineData("Neoplastic cells gave a negative reaction to desmin and myogenin.", "myogenin", "negative")]
    [InlineData("Immunostaining revealed positivity of HepPar-1 and negativity of CK19.", "HepPar-1", "positive")]
    [InlineData("Immunostaining revealed positivity of HepPar-1 and negativity of CK19.", "CK19", "negative")]
    [InlineData("An immunohistochemical panel gave negative results for EMA, CD34 and S-100.", "CD34", "negative")]
    [InlineData("The neoplastic cells were diffusely stained by antibodies against vimentin and CD99.", "CD99", "positive")]
    [InlineData("The neoplastic cells were diffusely stained by antibodies against vimentin and CD99.", "vimentin", "positive")]
    [InlineData("The neoplasm was negative for all cytokeratins, EMA and CD34.", "EMA", "negative")]
    [InlineData("The neoplasm was negative for all cytokeratins, EMA and CD34.", "CD34", "negative")]
    [InlineData("Tumour cells were positive for all of the lymphoid markers CD20, CD79a and PAX5.", "PAX5", "positive")]
    [InlineData("The tumour cells showed positive immunostaining with anti-SMA and anti-desmin antibodies.", "SMA", "positive")]
    [InlineData("The tumour cells showed positive immunostaining with anti-SMA and anti-desmin antibodies.", "desmin", "positive")]
    public void AnUnusualResultWordingGivesTheResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Estrogen and progesterone receptors were strongly positive in the tumour cells.", "ER", "positive")]
    [InlineData("Estrogen and progesterone receptors were strongly positive in the tumour cells.", "PR", "positive")]
    [InlineData("The carcinoma was negative for oestrogen and progesterone receptors and for HER2.", "ER", "negative")]
    [InlineData("Oestrogen, progesterone and androgen receptors were all negative.", "AR", "negative")]
    [InlineData("Oestrogen, progesterone and androgen receptors were all negative.", "PR", "negative")]
    [InlineData("Immunohistochemistry showed estrogen receptor and progesterone receptor positivity.", "ER", "positive")]
    public void HormoneWordsSharingOneHeadAreEachAReceptor(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Estrogen therapy was stopped, and the progesterone receptor was positive on the biopsy.", "ER")]
    [InlineData("The tissue was stained by haematoxylin and eosin, and the margins were clear.", "EMA")]
    [InlineData("After the immunostaining, she was treated with an anti-EGFR antibody.", "EGFR")]
    public void AHormoneWordOrStainWordAloneNamesNoMarker(string text, string name)
    {
        var record = Support.Engines.Extract("A 51-year-old woman had a breast mass. " + text);
        Assert.DoesNotContain(record.Markers, m => m.Name == name);
    }
}
