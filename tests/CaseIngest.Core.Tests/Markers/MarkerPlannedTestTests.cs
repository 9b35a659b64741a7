namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A test that was planned, scheduled or ordered for later ("SOX10 staining was planned", "EGFR testing is planned")
/// has no result yet; a result stated beside a plan for treatment keeps its result.
/// </summary>
public sealed class MarkerPlannedTestTests
{
    [Theory]
    [InlineData("SOX10 staining was planned on the resection specimen.", "SOX10")]
    [InlineData("Desmin immunostaining is planned once the block is recut.", "desmin")]
    [InlineData("WT1 staining will be performed on the next biopsy.", "WT1")]
    public void APlannedStainHasNoResult(string text, string name)
    {
        var record = Support.Engines.Extract(text);
        Assert.DoesNotContain(record.Markers, m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase) && m.Result is not null);
    }

    [Theory]
    [InlineData("The tumour was positive for PD-L1, and pembrolizumab was planned.", "PD-L1", "positive")]
    [InlineData("Because the cells were negative for SOX10, a wider excision was planned.", "SOX10", "negative")]
    [InlineData("Surgery was planned after CD117 staining was found positive.", "CD117", "positive")]
    public void AResultBesideAPlanForTreatmentStands(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
