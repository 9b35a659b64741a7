using System.Buffers;
using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Drugs;
using CaseIngest.Core.Tests.Support;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// The counts of cycles read across sentences are searched only near the words their patterns hold: a pattern widened
/// to a word of another kind must name that word too, or its new matches would be skipped. These tests hold every such
/// pattern to a scan of the whole text.
/// </summary>
public sealed class DrugCountWindowTests
{
    public static TheoryData<string> Sentences =>
    [
        "She received carboplatin and paclitaxel. After two cycles, the cough worsened.",
        "Cisplatin was started. Four cycles were given, and the mass shrank.",
        "He was treated with pembrolizumab. In total, 12 doses were administered without delay.",
        "Nivolumab was begun in May; eight infusions had been given by October.",
        "The regimen was repeated for four courses before surgery.",
        "The chemotherapy, which he continued (first-line regimen) for six courses, was well tolerated.",
        "The regimen was continued for an additional two cycles. Two more cycles were administered later.",
        "Carboplatin and etoposide were started. The regimen was given four times before the scan.",
        "Docetaxel was given every three weeks. He completed six. She went on to receive a further two, and then stopped.",
    ];

    private static IEnumerable<(Regex Regex, SearchValues<string> Words)> Windowed => DrugCycleAnaphora.Windowed.Concat(DrugAdditionalCycles.Windowed).Concat(DrugBareCountLater.Windowed);

    private static (int, int)[] Whole(Regex regex, string text) => [.. regex.Matches(text).Select(m => (m.Index, m.Length))];

    private static (int, int)[] Near(Regex regex, string text, SearchValues<string> words) =>
        [.. WordWindows.Matches(regex, text, words).Select(m => (m.Index, m.Length))];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Every_windowed_pattern_finds_what_a_whole_scan_finds(string sentence)
    {
        var text = string.Join(" ", Enumerable.Repeat(sentence, 3));
        var found = 0;
        foreach (var (regex, words) in Windowed)
        {
            var whole = Whole(regex, text);
            found += whole.Length;
            Assert.Equal(whole, Near(regex, text, words));
        }

        Assert.True(found > 0, "the sentence exercises none of the patterns");
    }

    [Fact]
    public void The_corpus_texts_give_the_same_counts_either_way()
    {
        foreach (var text in Corpus.CaseReportTexts())
        {
            foreach (var (regex, words) in Windowed)
            {
                Assert.Equal(Whole(regex, text), Near(regex, text, words));
            }
        }
    }
}
