using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Hormones stained in a tumour (pituitary adenomas, neuroendocrine tumours) are markers by their usual abbreviation,
/// with the HGNC gene where one gene makes the hormone; a serum level of the same hormone is no marker.
/// </summary>
public sealed class MarkerHormoneStainTests
{
    [Theory]
    [InlineData("The adenoma stained for PRL and GH but not for ACTH.", "PRL", "PRL", "positive")]
    [InlineData("The adenoma stained for PRL and GH but not for ACTH.", "GH", "GH1", "positive")]
    [InlineData("The adenoma stained for PRL and GH but not for ACTH.", "ACTH", "POMC", "negative")]
    [InlineData("Immunostaining was positive for prolactin and negative for growth hormone, TSH, LH and FSH.", "PRL", "PRL", "positive")]
    [InlineData("Immunostaining was positive for prolactin and negative for growth hormone, TSH, LH and FSH.", "GH", "GH1", "negative")]
    [InlineData("Immunostaining was positive for prolactin and negative for growth hormone, TSH, LH and FSH.", "TSH", null, "negative")]
    [InlineData("Immunostaining was positive for prolactin and negative for growth hormone, TSH, LH and FSH.", "FSH", null, "negative")]
    [InlineData("The tumour cells were immunoreactive for adrenocorticotropic hormone.", "ACTH", "POMC", "positive")]
    [InlineData("Growth hormone immunostaining was diffusely positive in the resected adenoma.", "GH", "GH1", "positive")]
    [InlineData("The carcinoid showed focal ACTH positivity on immunohistochemistry.", "ACTH", "POMC", "positive")]
    public void AStainedHormoneIsAMarkerWithItsGene(string text, string name, string? gene, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(gene, fact.Gene);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("Serum ACTH was elevated at 120 pg/mL and cortisol was not suppressed.")]
    [InlineData("TSH was 2.1 mIU/L and free T4 was within normal limits.")]
    [InlineData("Her prolactin level was 4,300 ng/mL before cabergoline.")]
    [InlineData("Levels of the other pituitary hormones, including GH and LH, were within reference ranges.")]
    [InlineData("She had isolated ACTH deficiency and was started on hydrocortisone.")]
    [InlineData("Testing confirmed GH deficiency in childhood.")]
    public void ASerumHormoneLevelIsNoMarker(string text)
    {
        var names = Engines.Extract(text).Markers.Select(m => m.Name).ToList();
        Assert.DoesNotContain("ACTH", names);
        Assert.DoesNotContain("TSH", names);
        Assert.DoesNotContain("PRL", names);
        Assert.DoesNotContain("GH", names);
        Assert.DoesNotContain("LH", names);
    }

    [Theory]
    [InlineData("The tumour was positive for PRL; no other hormones (GH, TSH, ACTH, LH and FSH) were expressed.", "TSH")]
    [InlineData("The tumour was positive for PRL; no other hormones (GH, TSH, ACTH, LH and FSH) were expressed.", "FSH")]
    [InlineData("No neuroendocrine markers (synaptophysin, chromogranin A and CD56) were expressed by the tumour.", "CD56")]
    public void AResultAfterAListThatANegatedClassHeadsIsDenied(string text, string name)
    {
        Assert.Equal("negative", MarkerListTests.Single(text, name).Result);
    }
}
