namespace CaseIngest.Core.Tests.Markers;

/// <summary>Stains of smooth muscle, sex cord, intestinal and breast differentiation named by their protein (inhibin, calponin, h-caldesmon, villin, mammaglobin).</summary>
public sealed class MarkerMesenchymalStainTests
{
    [Theory]
    [InlineData("The tumour cells were positive for inhibin and calretinin.", "inhibin", "INHA", "positive")]
    [InlineData("Alpha-inhibin was negative in the lesion.", "inhibin", "INHA", "negative")]
    [InlineData("The spindle cells expressed calponin and h-caldesmon but not CD117.", "calponin", "CNN1", "positive")]
    [InlineData("The spindle cells expressed calponin and h-caldesmon but not CD117.", "h-caldesmon", "CALD1", "positive")]
    [InlineData("The glands were diffusely positive for villin and CDX2.", "villin", "VIL1", "positive")]
    [InlineData("Mammaglobin was focally positive in the metastatic deposit.", "mammaglobin", "SCGB2A2", "positive")]
    public void AStainNamedByItsProteinIsAMarkerOfItsGene(string text, string name, string gene, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(gene, fact.Gene);
        Assert.Equal(result, fact.Result);
    }
}
