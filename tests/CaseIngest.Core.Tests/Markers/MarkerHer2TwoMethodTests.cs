using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// HER2 tested by immunohistochemistry and by in-situ hybridisation in one sentence gives one entry per method, each
/// with its own result and the ratio as the hybridisation's value; an equivocal 2+ settled by the hybridisation is
/// the hybridisation's entry alone.
/// </summary>
public sealed class MarkerHer2TwoMethodTests
{
    [Theory]
    [InlineData("HER2 was 3+ by IHC and amplified by FISH (ratio 5.2).", "FISH|5.2|positive; IHC||positive")]
    [InlineData("HER2 was 1+ on immunohistochemistry and not amplified on FISH (HER2/CEP17 ratio 1.4).", "FISH|1.4|negative; IHC||low")]
    [InlineData("Immunohistochemistry showed HER2 0, and the HER2 FISH ratio was 1.2.", "FISH|1.2|negative; IHC||negative")]
    [InlineData("HER2 was 2+ by IHC; FISH showed amplification with a HER2/CEP17 ratio of 3.4.", "FISH|3.4|positive")]
    [InlineData("HER2 was 2+ on immunohistochemistry, and SISH showed a HER2/CEP17 ratio of 1.6.", "ISH|1.6|negative")]
    [InlineData("HER2 was 3+ by immunohistochemistry.", "IHC||positive")]
    public void EachMethodKeepsItsOwnEntry(string text, string expected)
    {
        var record = Engines.Extract(text);
        var entries = record.Markers.Where(m => m.Name == "HER2")
            .Select(m => $"{m.Method}|{(m.Method is "IHC" ? null : m.Value)}|{m.Result}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join("; ", entries));
    }
}
