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

/// <summary>A serum value with the reference interval the report states beside it.</summary>
public sealed class MarkerReferenceTests
{
    [Theory]
    [InlineData("At diagnosis her serum CEA was 18.4 ng/mL (normal < 5 ng/mL).", "CEA", 18.4, "high")]
    [InlineData("The CA 19-9 level was 210 U/mL (reference range 0-37 U/mL) before surgery.", "CA 19-9", 210, "high")]
    [InlineData("Serum AFP was 4.1 ng/mL (normal < 10 ng/mL) on admission.", "AFP", 4.1, "negative")]
    public void AValueIsReadAgainstTheStatedReference(string text, string name, double value, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(value, fact.Value);
        Assert.Equal(result, fact.Result);
    }
}
