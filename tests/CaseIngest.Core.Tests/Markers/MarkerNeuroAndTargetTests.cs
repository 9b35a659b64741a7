namespace CaseIngest.Core.Tests.Markers;

/// <summary>Glioma markers (MGMT promoter methylation, 1p/19q codeletion, H3 K27M) and newer targets (claudin 18.2, FGFR2b, TROP2).</summary>
public sealed class MarkerNeuroAndTargetTests
{
    [Theory]
    [InlineData("MGMT promoter methylation was present.", "MGMT", "positive")]
    [InlineData("The MGMT promoter was methylated.", "MGMT", "positive")]
    [InlineData("The MGMT promoter was unmethylated on pyrosequencing.", "MGMT", "negative")]
    [InlineData("There was no MGMT promoter methylation.", "MGMT", "negative")]
    [InlineData("The tumour showed 1p/19q codeletion.", "1p/19q", "lost")]
    [InlineData("There was no 1p/19q co-deletion.", "1p/19q", "intact")]
    [InlineData("1p/19q was intact on FISH.", "1p/19q", "intact")]
    [InlineData("H3 K27M immunostaining was positive.", "H3 K27M", "positive")]
    [InlineData("The tumour cells were negative for H3K27M.", "H3 K27M", "negative")]
    [InlineData("Claudin 18.2 expression was positive in 80% of tumour cells.", "CLDN18.2", "positive")]
    [InlineData("Immunohistochemistry showed positive CLDN18.2 staining.", "CLDN18.2", "positive")]
    [InlineData("FGFR2b overexpression was found on immunohistochemistry.", "FGFR2b", "positive")]
    [InlineData("TROP2 was highly expressed.", "TROP2", "high")]
    [InlineData("Trop-2 staining was negative.", "TROP2", "negative")]
    [InlineData("MGMT methylation status: unmethylated.", "MGMT", "negative")]
    [InlineData("MGMT promoter methylation was negative.", "MGMT", "negative")]
    [InlineData("The tumour cells were diffusely positive for SSTR2A.", "SSTR2", "positive")]
    public void ReadsTheMarkerAndItsResult(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("MGMT promoter methylation was present.", "MGMT")]
    [InlineData("Claudin 18.2 was positive.", "CLDN18")]
    [InlineData("TROP2 was highly expressed.", "TACSTD2")]
    public void NamesTheApprovedGene(string text, string gene)
    {
        var fact = Support.Engines.Extract(text).Markers.Single();
        Assert.Equal(gene, fact.Gene);
    }
}
