using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// The first item of a list after its result cue may name no marker of the lexicon: a marker written out in words the
/// lexicon does not hold, with its symbol in brackets ("positive for mucin 4 (MUC4) and GATA3"), or a histochemical
/// stain named with its stain noun ("negative for Congo red staining, desmin and myogenin"). The cue still reaches the
/// markers of the list, while a cue of another clause does not.
/// </summary>
public sealed class MarkerUnlistedFirstItemTests
{
    [Theory]
    [InlineData("The tumour cells were positive for mucin 4 (MUC4) and GATA3.", "MUC4", "positive")]
    [InlineData("The tumour cells were positive for mucin 4 (MUC4) and GATA3.", "GATA3", "positive")]
    [InlineData("The neoplastic glands were negative for special AT-rich sequence-binding protein 2 (SATB2), CDX2 and CK20.", "SATB2", "negative")]
    [InlineData("The neoplastic glands were negative for special AT-rich sequence-binding protein 2 (SATB2), CDX2 and CK20.", "CDX2", "negative")]
    [InlineData("The neoplastic glands were negative for special AT-rich sequence-binding protein 2 (SATB2), CDX2 and CK20.", "CK20", "negative")]
    [InlineData("The tumour was positive for CD99 and negative for transducin-like enhancer of split 1 (TLE1).", "TLE1", "negative")]
    [InlineData("The lesion was positive for periodic acid-Schiff staining (PAS), cytokeratin 7 (CK7) and GATA3.", "CK7", "positive")]
    [InlineData("The lesion was positive for periodic acid-Schiff staining (PAS), cytokeratin 7 (CK7) and GATA3.", "GATA3", "positive")]
    [InlineData("The tumour was negative for Congo red staining, desmin and myogenin.", "desmin", "negative")]
    [InlineData("The tumour was negative for Congo red staining, desmin and myogenin.", "myogenin", "negative")]
    public void TheCueReachesPastAnUnlistedFirstItem(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The cells were positive for mucicarmine stain, CK7 and EMA.", "EMA", "positive")]
    [InlineData("The smear was positive for malignant cells (Figure 2), and CK7 was negative.", "CK7", "negative")]
    [InlineData("The tumour was negative for PAS staining, while CK7 was positive.", "CK7", "positive")]
    [InlineData("The tumour was positive for CD99, and the stroma stained for smooth muscle actin (SMA).", "SMA", "positive")]
    [InlineData("Special stains were negative for mucin, and the tumour cells expressed keratin 7 (CK7).", "CK7", "positive")]
    public void AResultOfItsOwnClauseStands(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Fact]
    public void AnIndexNamedBeforeItsBracketedMarkerKeepsItsValue()
    {
        var fact = MarkerListTests.Single("The proliferation index (Ki-67) was 15%, and the tumour was positive for CD56.", "Ki-67");
        Assert.Equal(15, fact.Value);
        Assert.NotEqual("negative", fact.Result);
    }

    [Fact]
    public void AResultWordBeforeTheWordsOfAnIndexDoesNotReachTheListAfterIt()
    {
        const string text = "The first report described a carcinoma with a high proliferation index (Ki-67 of 60%), ER, PR and HER2-negative.";
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == "ER" && m.Result == "positive");
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == "PR" && m.Result == "positive");
    }

    [Fact]
    public void AStainWordOfAClauseBeforeTheCueDoesNotOpenTheList()
    {
        const string text = "Reticulin staining was preserved, and the tumour cells were negative for vimentin (V9), CD34 and S100.";
        Assert.Equal("negative", MarkerListTests.Single(text, "CD34").Result);
        Assert.Equal("negative", MarkerListTests.Single(text, "vimentin").Result);
    }
}
