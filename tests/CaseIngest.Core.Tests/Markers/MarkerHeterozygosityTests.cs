namespace CaseIngest.Core.Tests.Markers;

/// <summary>Loss of heterozygosity and loss of one allele of a gene, written before or after it: the gene reads lost.</summary>
public sealed class MarkerHeterozygosityTests
{
    [Theory]
    [InlineData("Tumour sequencing also showed LOH at BRCA1.", "BRCA1")]
    [InlineData("Somatic LOH of PTEN was detected in the resected tumour.", "PTEN")]
    [InlineData("Loss of heterozygosity at TP53 was found in the metastasis.", "TP53")]
    [InlineData("Array analysis showed loss of heterozygosity of RB1 in the tumour.", "RB1")]
    [InlineData("The tumour showed BRCA2 LOH on the panel.", "BRCA2")]
    [InlineData("Copy-number analysis revealed loss of one BRCA2 allele in the tumour.", "BRCA2")]
    public void LossOfHeterozygosityOfAGeneReadsLost(string text, string name) =>
        Assert.Equal("lost", MarkerListTests.Single(text, name).Result);
}
