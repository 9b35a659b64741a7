using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class OccurrenceScanTests
{
    private static int[] OneNeedleAtATime(string text, string needle)
    {
        var found = new List<int>();
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOf(needle, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                break;
            }

            found.Add(from + at);
            from += at + 1;
        }

        return [.. found];
    }

    [Theory]
    [InlineData("She received Carboplatin and carboplatin-based CARBOPLATIN doublets; carbo was stopped.", "carboplatin|Carbo|platin")]
    [InlineData("5-FU and 5-fu with leucovorin (5-FU/LV) were given.", "5-FU|5-fu/lv|leucovorin")]
    [InlineData("aaaa", "aa|a|aaa")]
    [InlineData("ſtage and stage, \u212Aelvin and kelvin, bıg and big", "stage|kelvin|big")]
    [InlineData("Ünal and unal were treated", "ünal|unal")]
    [InlineData("", "cisplatin")]
    [InlineData("nothing to find", "pembrolizumab|nivolumab")]
    public void FindsEveryOccurrenceTheFrameworkSearchFinds(string text, string needles)
    {
        var list = needles.Split('|');
        var found = OccurrenceScan.Find(text, list);
        Assert.Equal(list.Length, found.Length);
        for (var i = 0; i < list.Length; i++)
        {
            Assert.Equal(OneNeedleAtATime(text, list[i]), found[i]);
        }
    }

    [Fact]
    public void ReadsALongTextOncePerSetOfNeedles()
    {
        var report = string.Concat(Enumerable.Repeat("The patient was given nivolumab; after Nivolumab she had colitis, then ipilimumab. ", 2000));
        string[] needles = ["nivolumab", "IPILIMUMAB", "colitis", "given nivolumab"];
        var found = OccurrenceScan.Find(report, needles);
        Assert.Equal(4000, found[0].Length);
        Assert.Equal(2000, found[1].Length);
        Assert.Equal(OneNeedleAtATime(report, "given nivolumab"), found[3]);
    }
}
