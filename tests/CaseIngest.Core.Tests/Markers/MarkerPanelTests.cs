using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>A multigene panel whose genes are listed and which is reported negative: each listed gene is wild-type.</summary>
public sealed class MarkerPanelTests
{
    [Theory]
    [InlineData("Germline testing with a 20-gene hereditary cancer panel (BRCA1, BRCA2, PALB2, CHEK2, TP53 and PTEN) was carried out. No pathogenic or likely pathogenic variants were detected.", "PALB2")]
    [InlineData("Germline testing with a 20-gene hereditary cancer panel (BRCA1, BRCA2, PALB2, CHEK2, TP53 and PTEN) was carried out. No pathogenic or likely pathogenic variants were detected.", "PTEN")]
    [InlineData("No deleterious germline mutation was identified in the 25 genes analysed, including MLH1, MSH2, MSH6, PMS2 and EPCAM.", "MSH6")]
    [InlineData("We sequenced a panel of genes (ATM, BRIP1, RAD51C, RAD51D and NBN); none of the genes examined showed a relevant alteration.", "RAD51C")]
    public void AListedPanelReportedNegativeIsWildTypeForEachGene(string text, string name)
    {
        Assert.Equal("wild-type", MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Sequencing of a panel of genes (KRAS, NRAS, BRAF and PIK3CA) showed a KRAS G12D mutation. No other pathogenic variants were found.", "KRAS", "mutated")]
    [InlineData("Sequencing of a panel of genes (KRAS, NRAS, BRAF and PIK3CA) showed a KRAS G12D mutation. No other pathogenic variants were found.", "BRAF", "wild-type")]
    public void AGeneFoundMutatedIsNotMadeWildTypeByNoOtherVariants(string text, string name, string result)
    {
        var record = Engines.Extract(text);
        var results = record.Markers.Where(m => m.Name == name).Select(m => m.Result).ToList();
        Assert.Equal([result], results);
    }

    [Fact]
    public void AListOfGenesWithoutANegativeStatementStaysWithoutResult()
    {
        var record = Engines.Extract("The panel covered BRCA1, BRCA2, PALB2 and CHEK2. The report was discussed at the tumour board.");
        Assert.DoesNotContain(record.Markers, m => m.Name == "PALB2");
    }
}
