using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>Lists of markers that share one result word, before or after them, and the negations that head a list.</summary>
public sealed class MarkerListTests
{
    internal static MarkerFact Single(string text, string name)
    {
        var record = Engines.Extract(text);
        var facts = record.Markers.Where(m => m.Name == name).ToList();
        Assert.True(facts.Count == 1, $"expected one {name} in '{text}', found {facts.Count}: {string.Join("; ", record.Markers.Select(m => $"{m.Name} {m.Result} {m.Variant} {m.Value}"))}");
        var fact = facts[0];
        Assert.Equal(fact.Evidence.Text, text.Substring(fact.Evidence.Start, fact.Evidence.End - fact.Evidence.Start));
        return fact;
    }

    [Theory]
    [InlineData("The neoplastic cells were positive for CK7, GATA3 and p63, and negative for CK20, CDX2, TTF-1 and PAX8.", "GATA3", "positive")]
    [InlineData("The neoplastic cells were positive for CK7, GATA3 and p63, and negative for CK20, CDX2, TTF-1 and PAX8.", "p63", "positive")]
    [InlineData("The neoplastic cells were positive for CK7, GATA3 and p63, and negative for CK20, CDX2, TTF-1 and PAX8.", "CK20", "negative")]
    [InlineData("The neoplastic cells were positive for CK7, GATA3 and p63, and negative for CK20, CDX2, TTF-1 and PAX8.", "PAX8", "negative")]
    [InlineData("On immunostaining the cells were CK7+/CK20-.", "CK7", "positive")]
    [InlineData("On immunostaining the cells were CK7+/CK20-.", "CK20", "negative")]
    [InlineData("The cells stained for pancytokeratin and EMA but not for desmin or S-100.", "EMA", "positive")]
    [InlineData("The cells stained for pancytokeratin and EMA but not for desmin or S-100.", "desmin", "negative")]
    [InlineData("The cells stained for pancytokeratin and EMA but not for desmin or S-100.", "S100", "negative")]
    [InlineData("CK20 was negative, as were CDX2 and SATB2.", "CDX2", "negative")]
    [InlineData("CK20 was negative, as were CDX2 and SATB2.", "SATB2", "negative")]
    [InlineData("Staining was positive for CK7 (Figure 3), together with GATA3 and p63.", "GATA3", "positive")]
    [InlineData("Staining was positive for CK7 (Figure 3), together with GATA3 and p63.", "p63", "positive")]
    [InlineData("The tumour was negative for CD34 (Fig. 2C), along with desmin.", "desmin", "negative")]
    public void AListSharesTheResultThatHeadsOrFollowsIt(string text, string name, string result)
    {
        Assert.Equal(result, Single(text, name).Result);
    }

    [Theory]
    [InlineData("The spindle cells showed absent desmin, cytokeratin AE1/3 and smooth muscle actin (SMA) expression.", "desmin")]
    [InlineData("The spindle cells showed absent desmin, cytokeratin AE1/3 and smooth muscle actin (SMA) expression.", "AE1/AE3")]
    [InlineData("The spindle cells showed absent desmin, cytokeratin AE1/3 and smooth muscle actin (SMA) expression.", "SMA")]
    [InlineData("Lack of CD34 and STAT6 staining argued against a solitary fibrous tumour.", "CD34")]
    [InlineData("Lack of CD34 and STAT6 staining argued against a solitary fibrous tumour.", "STAT6")]
    [InlineData("There was no staining for SOX10, HMB45 or Melan-A in the lesion.", "SOX10")]
    [InlineData("There was no staining for SOX10, HMB45 or Melan-A in the lesion.", "Melan-A")]
    [InlineData("The Reed-Sternberg cells expressed CD30 but lacked CD45 and CD20.", "CD20")]
    [InlineData("The biopsy lacked p16 staining.", "p16")]
    [InlineData("Tumour cells were negative for keratins, SOX10, desmin and CD34.", "SOX10")]
    [InlineData("Tumour cells were negative for keratins, SOX10, desmin and CD34.", "CD34")]
    [InlineData("The lesion was negative for HMB-45, Ber-EP4, inhibin and calretinin.", "calretinin")]
    public void ANegationThatHeadsAListMakesEveryItemNegative(string text, string name)
    {
        Assert.Equal("negative", Single(text, name).Result);
    }

    [Theory]
    [InlineData("Targeted sequencing found no alterations in EGFR, ALK, ROS1, BRAF or MET.", "EGFR")]
    [InlineData("Targeted sequencing found no alterations in EGFR, ALK, ROS1, BRAF or MET.", "ROS1")]
    [InlineData("Targeted sequencing found no alterations in EGFR, ALK, ROS1, BRAF or MET.", "MET")]
    [InlineData("There were no EGFR, KRAS or BRAF mutations, but an ALK rearrangement was found.", "KRAS")]
    [InlineData("There were no EGFR, KRAS or BRAF mutations, but an ALK rearrangement was found.", "BRAF")]
    [InlineData("No pathogenic variants were identified in NRAS, KRAS or BRAF.", "NRAS")]
    [InlineData("No pathogenic variants were identified in NRAS, KRAS or BRAF.", "BRAF")]
    public void ANegatedGenePanelIsWildType(string text, string name)
    {
        Assert.Equal("wild-type", Single(text, name).Result);
    }

    [Fact]
    public void ANegationStopsAtTheEndOfItsList()
    {
        Assert.Equal("rearranged", Single("There were no EGFR, KRAS or BRAF mutations, but an ALK rearrangement was found.", "ALK").Result);
        Assert.Equal("positive", Single("The tumour was negative for CK20 and CDX2, whereas CK7 was diffusely positive.", "CK7").Result);
    }

    [Theory]
    [InlineData("Immunohistochemistry demonstrated loss of MLH1 and PMS2 expression, with MSH2 and MSH6 retained.", "MLH1", "lost")]
    [InlineData("Immunohistochemistry demonstrated loss of MLH1 and PMS2 expression, with MSH2 and MSH6 retained.", "PMS2", "lost")]
    [InlineData("Immunohistochemistry demonstrated loss of MLH1 and PMS2 expression, with MSH2 and MSH6 retained.", "MSH2", "intact")]
    [InlineData("Immunohistochemistry demonstrated loss of MLH1 and PMS2 expression, with MSH2 and MSH6 retained.", "MSH6", "intact")]
    [InlineData("On staining MSH2 and MSH6 were lost, while MLH1 and PMS2 were preserved.", "MSH6", "lost")]
    [InlineData("On staining MSH2 and MSH6 were lost, while MLH1 and PMS2 were preserved.", "PMS2", "intact")]
    [InlineData("The adenocarcinoma was MMR-deficient on immunohistochemistry.", "MMR", "lost")]
    [InlineData("Molecular testing showed a microsatellite instability-high tumour.", "MSI", "msi-high")]
    public void ReadsEachMismatchRepairProteinOfBothLists(string text, string name, string result)
    {
        Assert.Equal(result, Single(text, name).Result);
    }
}
