using CaseIngest.Core.Formats;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Formats;

public sealed class MarkdownPlainTextTests
{
    [Theory]
    [InlineData("A **PD\u2010L1** stain and *KRAS* G12C\u00A0mutation.")]
    [InlineData("__nivolumab__ was con\uFB01rmed; _in situ_ and snake_case_name stay.")]
    [InlineData("2 * 3 * 4 and a\u00ADb, **\uFF23\uFF34** scan")]
    [InlineData("No marks here, only a thin\u2009space.")]
    [InlineData("**bold** only")]
    [InlineData("plain text")]
    public void EmphasisAndVariantsTogetherReadAsEachInTurn(string text)
    {
        Assert.Equal(CharacterVariants.Plain(MarkdownEmphasis.Strip(text)), MarkdownEmphasis.StripToPlain(text));
    }

    [Fact]
    public void ATextWithoutMarksOrVariantsIsKeptAsItIs()
    {
        var text = "Carboplatin was given for six cycles.";

        Assert.Same(text, MarkdownEmphasis.StripToPlain(text));
    }

    [Fact]
    public void ALineOnThreePagesWithOtherNumbersIsARunningHead()
    {
        var text = "Page 3 of 12\nCase report\nPage 4 of 12\nBody text\nPage 15 of 12\n# Heading\n# Heading\n# Heading\nTwice\nTwice";
        var repeats = RepeatedLineSet.Of(text, MarkdownParser.LineRanges(text));

        Assert.Equal(new[] { "Page 0 of 0" }, repeats.ToArray());
        Assert.True(RepeatedLineSet.Contains(repeats, "  Page 7 of 9 "));
        Assert.False(RepeatedLineSet.Contains(repeats, "Twice"));
    }
}
