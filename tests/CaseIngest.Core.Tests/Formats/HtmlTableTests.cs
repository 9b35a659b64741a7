namespace CaseIngest.Core.Tests.Formats;

/// <summary>The cells of an HTML table row stay apart in the text, as in a table converted to Markdown.</summary>
public sealed class HtmlTableTests
{
    [Theory]
    [InlineData("<tr><td>Gemcitabine</td><td>3</td><td>PR</td></tr>", "Gemcitabine | 3 | PR")]
    [InlineData("<tr><th>Agent</th><th>Courses</th></tr>", "Agent | Courses")]
    [InlineData("<tr>\n<td>Topotecan</td>\n<td><b>2</b></td>\n</tr>", "Topotecan | 2")]
    public void TheCellsOfARowAreSeparatedByBars(string row, string line)
    {
        var html = "<html><body><h2>Case presentation</h2><p>A 70-year-old man was treated.</p><table>" + row + "</table></body></html>";
        var text = Parsed.Document(html, "case.html").Text;
        Assert.Contains(line, text.Split('\n').Select(l => l.Trim()));
    }

    [Fact]
    public void ATableCellWithParagraphsKeepsItsWords()
    {
        var html = "<html><body><h2>Case presentation</h2><table><tr><td><p>Carboplatin</p></td><td>6</td></tr></table></body></html>";
        var text = Parsed.Document(html, "case.html").Text;
        Assert.Contains("Carboplatin", text, StringComparison.Ordinal);
        Assert.Contains("6", text, StringComparison.Ordinal);
    }
}
