namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Proteins named by a one-word HGNC name instead of a symbol ("myogenin", "mesothelin"): markers where a staining or
/// expression result is stated for them, and nothing elsewhere, since many of the words are also laboratory tests or drugs.
/// </summary>
public sealed class MarkerStainWordTests
{
    [Theory]
    [InlineData("The small round cells were diffusely positive for myogenin and negative for CD99.", "myogenin", "MYOG", "positive")]
    [InlineData("Tumour cells were strongly immunoreactive for mesothelin and WT1.", "mesothelin", "MSLN", "positive")]
    [InlineData("Podoplanin was negative in the lesional cells.", "podoplanin", "PDPN", "negative")]
    [InlineData("The follicular cells showed strong expression of thyroglobulin.", "thyroglobulin", "TG", "positive")]
    [InlineData("The islet-like nests stained for insulin but not for glucagon.", "insulin", "INS", "positive")]
    [InlineData("Immunohistochemistry showed loss of menin in the adenoma cells.", "menin", "MEN1", "lost")]
    public void AOneWordProteinNameWithAStainingResultIsAMarker(string text, string name, string gene, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(gene, fact.Gene);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("Insulin was started for steroid-induced hyperglycaemia.")]
    [InlineData("Serum gastrin was elevated at 870 pg/mL.")]
    [InlineData("Her prolactin level was 54 ng/mL.")]
    [InlineData("Desmopressin and erythropoietin were given during the admission.")]
    [InlineData("Blood cultures grew catalase-positive cocci.")]
    public void AOneWordProteinNameWithoutAStainingResultIsNoMarker(string text) =>
        Assert.Empty(Support.Engines.Extract(text).Markers);
}
