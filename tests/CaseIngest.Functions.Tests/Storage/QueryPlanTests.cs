using CaseIngest.Storage;

namespace CaseIngest.Functions.Tests.Storage;

public sealed class QueryPlanTests
{
    [Fact]
    public void DrugWithStatusUsesTheCombinedPartition()
    {
        var partitions = CaseCatalog.PartitionsOf(new CaseQuery { Drug = "Pembrolizumab", Status = "not-given" });

        Assert.Equal(["drug-status|pembrolizumab|not-given"], partitions);
    }

    [Fact]
    public void StatusAloneIsCheckedAfterEveryOtherFilter()
    {
        var partitions = CaseCatalog.PartitionsOf(new CaseQuery { Status = "given", Marker = "PD-L1", Pmid = "38348031" });

        Assert.Equal(["pmid|38348031", "marker|pd-l1", "status|given"], partitions);
    }

    [Fact]
    public void NoFilterScansTheCases()
    {
        Assert.Empty(CaseCatalog.PartitionsOf(new CaseQuery { Top = 10 }));
    }
}
