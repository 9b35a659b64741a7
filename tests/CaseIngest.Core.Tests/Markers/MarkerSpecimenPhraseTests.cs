using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A short phrase naming the specimen between a named test and its verdict is read past: "EGFR mutation testing of the
/// biopsy was negative" reads as "EGFR mutation testing was negative".
/// </summary>
public sealed class MarkerSpecimenPhraseTests
{
    [Theory]
    [InlineData("EGFR mutation analysis of the transbronchial biopsy was negative.", "EGFR", "wild-type")]
    [InlineData("BRAF sequencing on the excised nodal tissue was negative.", "BRAF", "wild-type")]
    [InlineData("NRAS mutation testing in the liver metastasis was positive.", "NRAS", "mutated")]
    [InlineData("KRAS mutational analysis from the archived paraffin block showed no mutation.", "KRAS", "wild-type")]
    public void ReadsPastTheSpecimenBetweenATestAndItsVerdict(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("EGFR mutation testing of her younger sister was positive.")]
    [InlineData("EGFR mutation testing of the very small and poorly fixed core biopsy was positive.")]
    public void APhraseThatNamesNoSpecimenOrRunsLongIsNotReadPast(string text)
    {
        var record = Engines.Extract(text);
        Assert.DoesNotContain(record.Markers, m => m.Name == "EGFR");
    }
}
