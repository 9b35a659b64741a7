namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Stains of diagnostic panels whose HGNC symbol is too short or too word-like to match on its own (ERG, AMACR, PRAME)
/// or that reports write by another name (TdT, OCT3/4, MyoD1, P504S).
/// </summary>
public sealed class MarkerCommonStainTests
{
    [Theory]
    [InlineData("The lesion expressed CD31 and ERG.", "ERG", "ERG")]
    [InlineData("ERG was diffusely positive in the endothelial cells of the tumour.", "ERG", "ERG")]
    [InlineData("The prostatic glands were positive for AMACR (P504S).", "AMACR", "AMACR")]
    [InlineData("Atypical melanocytes were diffusely positive for PRAME.", "PRAME", "PRAME")]
    [InlineData("The blasts were positive for TdT and CD34.", "TdT", "DNTT")]
    [InlineData("Tumour cells were positive for OCT3/4 and SALL4.", "OCT4", "POU5F1")]
    [InlineData("Myogenin and MyoD1 were expressed in the small round cells.", "MyoD1", "MYOD1")]
    [InlineData("The infiltrate was positive for CD1a and langerin.", "langerin", "CD207")]
    [InlineData("The blasts were positive for MPO.", "MPO", "MPO")]
    public void ACommonStainIsAMarkerWithItsGene(string text, string name, string gene)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal("positive", fact.Result);
        Assert.Equal(gene, fact.Gene);
    }

    [Theory]
    [InlineData("SDHB expression was lost in the paraganglioma.", "SDHB", "lost")]
    [InlineData("Loss of H3K27me3 expression supported the diagnosis.", "H3K27me3", "lost")]
    public void ALostStainReadsAsLost(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
