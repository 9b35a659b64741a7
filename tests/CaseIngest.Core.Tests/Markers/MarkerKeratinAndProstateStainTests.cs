namespace CaseIngest.Core.Tests.Markers;

/// <summary>Keratins named by number or by molecular weight, and other stains written in their usual spellings (NKX3.1, prostein, VEGF, GST-π).</summary>
public sealed class MarkerKeratinAndProstateStainTests
{
    [Theory]
    [InlineData("The urothelial cells were positive for CK18 and negative for CK14.", "CK18", "positive")]
    [InlineData("The urothelial cells were positive for CK18 and negative for CK14.", "CK14", "negative")]
    [InlineData("Basal cells were positive for cytokeratin 5 and CK 17.", "CK5", "positive")]
    [InlineData("The glands were negative for high molecular weight cytokeratin (34βE12) and p63.", "HMW-CK", "negative")]
    [InlineData("The hepatoid cells expressed low-molecular-weight cytokeratin and were negative for HMW-CK.", "LMW-CK", "positive")]
    [InlineData("The hepatoid cells expressed low-molecular-weight cytokeratin and were negative for HMW-CK.", "HMW-CK", "negative")]
    public void AKeratinNamedByNumberOrWeightIsItsOwnStain(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Fact]
    public void AKeratinPairIsNotReadAsItsFirstKeratin()
    {
        var record = Support.Engines.Extract("The squamous cells were diffusely positive for CK5/6 and p40.");
        Assert.Contains(record.Markers, m => m.Name == "CK5/6" && m.Result == "positive");
        Assert.DoesNotContain(record.Markers, m => m.Name == "CK5");
    }

    [Theory]
    [InlineData("The metastatic cells were negative for NKX3.1 and prostein but positive for synaptophysin.", "NKX3.1", "negative")]
    [InlineData("The metastatic cells were negative for NKX3.1 and prostein but positive for synaptophysin.", "P501S", "negative")]
    [InlineData("Globules within the cells were positive for alpha-1-antitrypsin on PAS-diastase and immunostaining.", "alpha-1-antitrypsin", "positive")]
    [InlineData("Tumour cells stained for vascular endothelial growth factor (VEGF) and glutathione S-transferase π (GST-π).", "VEGF", "positive")]
    [InlineData("Tumour cells stained for vascular endothelial growth factor (VEGF) and glutathione S-transferase π (GST-π).", "GST-π", "positive")]
    public void NamesProstateAndHepatoidStainsByTheirUsualSpelling(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
