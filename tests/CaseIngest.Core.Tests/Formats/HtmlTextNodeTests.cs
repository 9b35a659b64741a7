namespace CaseIngest.Core.Tests.Formats;

/// <summary>The text of an HTML page's text nodes: entities decoded, white space collapsed, whatever node holds it.</summary>
public sealed class HtmlTextNodeTests
{
    [Theory]
    [InlineData("<p>Cisplatin &amp; etoposide were given for four cycles.</p>", "Cisplatin & etoposide were given for four cycles.")]
    [InlineData("<p>The PSA fell to &lt; 0.1 ng/mL after surgery.</p>", "The PSA fell to < 0.1 ng/mL after surgery.")]
    [InlineData("<p>A&nbsp;CT scan showed no&#160;recurrence.</p>", "A CT scan showed no recurrence.")]
    [InlineData("<p>  A   58-year-old woman\n   presented with   cough. </p>", "A 58-year-old woman presented with cough.")]
    [InlineData("<p>She received <b>nivolumab</b>&nbsp;every <i>two</i> weeks.</p>", "She received nivolumab every two weeks.")]
    public void ATextNodeReadsAsItsDecodedText(string paragraph, string line)
    {
        var html = "<html><head><title>A case</title></head><body><h2>Case presentation</h2>" + paragraph + "</body></html>";
        var text = Parsed.Document(html, "case.html").Text;
        Assert.Contains(line, text.Split('\n').Select(l => l.Trim()));
    }

    [Fact]
    public void TheSamePageReadTwiceGivesTheSameText()
    {
        var rows = string.Concat(Enumerable.Range(1, 300).Select(i => $"<li><span>Course {i}</span> of <b>carboplatin</b> &amp; paclitaxel</li>"));
        var large = "<html><body><h2>Case presentation</h2><ul>" + rows + "</ul></body></html>";
        const string small = "<html><body><h2>Case presentation</h2><p>A 61-year-old man &amp; his <em>history</em>.</p></body></html>";
        var first = Parsed.Document(small, "small.html").Text;
        _ = Parsed.Document(large, "large.html");
        Assert.Equal(first, Parsed.Document(small, "small.html").Text);
        Assert.Contains("A 61-year-old man & his history.", first, StringComparison.Ordinal);
    }
}
