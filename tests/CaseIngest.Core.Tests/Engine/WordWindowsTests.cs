using System.Text;
using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class WordWindowsTests
{
    private static readonly Regex Counted = new(
        @"(?<!\w\s)\b(?:a\s+total\s+of\s+)?(?<n>two|three|four|six|\d{1,2})\s+(?:cycles?|courses?)\b(?!\s+of\s+radiotherapy)",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

    private static readonly System.Buffers.SearchValues<string> CycleWords = WordWindows.Words("cycle", "course");

    private static (int Index, int Length)[] Whole(string text) => [.. Counted.Matches(text).Select(m => (m.Index, m.Length))];

    private static (int Index, int Length)[] Windowed(string text) => [.. WordWindows.Matches(Counted, text, CycleWords).Select(m => (m.Index, m.Length))];

    [Theory]
    [InlineData("She received six cycles of carboplatin.")]
    [InlineData("Four Cycles were given; after two courses of radiotherapy the mass shrank, then 3 more courses followed.")]
    [InlineData("No count here at all, only words about the course of the disease.")]
    [InlineData("")]
    [InlineData("six cycles")]
    public void Finds_what_a_scan_of_the_whole_text_finds(string text) =>
        Assert.Equal(Whole(text), Windowed(text));

    [Fact]
    public void Counts_far_apart_and_close_together_are_all_found_in_order()
    {
        var text = new StringBuilder();
        var gaps = new[] { 0, 1, 5, 40, 120, 299, 300, 301, 599, 600, 601, 2_000 };
        foreach (var gap in gaps)
        {
            text.Append(new string('.', gap)).Append(" A total of 12 cycles. ");
            text.Append("Four courses were given. ");
        }

        var whole = Whole(text.ToString());
        Assert.Equal(gaps.Length * 2, whole.Length);
        Assert.Equal(whole, Windowed(text.ToString()));
    }

    [Fact]
    public void Windows_reach_either_side_of_each_word_and_join_where_they_meet()
    {
        var far = new string('.', 3 * WordWindows.Reach);
        var text = "cycle" + far + "course" + new string('.', WordWindows.Reach) + "Cycle";
        var windows = WordWindows.Windows(text, CycleWords);
        var second = text.IndexOf("course", StringComparison.Ordinal);
        var third = text.LastIndexOf("Cycle", StringComparison.Ordinal);
        Assert.Equal([(0, WordWindows.Reach), (second - WordWindows.Reach, text.Length)], windows);
        Assert.True(third - WordWindows.Reach <= second + WordWindows.Reach);
    }

    [Fact]
    public void A_text_without_the_words_has_no_window() =>
        Assert.Empty(WordWindows.Windows("Carboplatin and paclitaxel were given every three weeks.", CycleWords));
}
