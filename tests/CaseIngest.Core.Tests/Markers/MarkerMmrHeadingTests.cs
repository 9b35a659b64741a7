using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Mismatch repair written as a heading or label before its proteins, or with the lost proteins in a bracket: each
/// protein keeps its own result, and a heading states no status of its own.
/// </summary>
public sealed class MarkerMmrHeadingTests
{
    [Theory]
    [InlineData("Mismatch repair immunostaining: lost MLH1 and PMS2, retained MSH2 and MSH6.", "MLH1", "lost")]
    [InlineData("Mismatch repair immunostaining: lost MLH1 and PMS2, retained MSH2 and MSH6.", "PMS2", "lost")]
    [InlineData("Mismatch repair immunostaining: lost MLH1 and PMS2, retained MSH2 and MSH6.", "MSH6", "intact")]
    [InlineData("The tumour was MMR-deficient (loss of MSH2/MSH6).", "MSH2", "lost")]
    [InlineData("The tumour was MMR-deficient (loss of MSH2/MSH6).", "MSH6", "lost")]
    [InlineData("The tumour was MMR-deficient (loss of MSH2/MSH6).", "MMR", "lost")]
    [InlineData("dMMR (MLH1/PMS2 loss) was confirmed on the resection.", "MLH1", "lost")]
    [InlineData("dMMR (MLH1/PMS2 loss) was confirmed on the resection.", "PMS2", "lost")]
    [InlineData("dMMR (MLH1/PMS2 loss) was confirmed on the resection.", "MMR", "lost")]
    public void EachProteinKeepsItsOwnResult(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("Mismatch repair immunostaining: lost MLH1 and PMS2, retained MSH2 and MSH6.")]
    [InlineData("Mismatch repair protein expression: MLH1 retained, PMS2 retained, MSH2 lost, MSH6 lost.")]
    [InlineData("MMR: MLH1 intact, PMS2 lost.")]
    public void AHeadingStatesNoStatusOfItsOwn(string text)
    {
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == "MMR");
    }
}
