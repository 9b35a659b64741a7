using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>Formats are detected from content: every corpus folder, and hand-written snippets of the other formats.</summary>
public sealed class FormatDetectionTests
{
    [Theory]
    [InlineData("pubmed-xml", "*.xml", "pubmed-xml")]
    [InlineData("jats", "*.nxml", "jats-xml")]
    [InlineData("medline-text", "*.txt", "medline-text")]
    [InlineData("pubmed-html", "*.html", "pubmed-html")]
    [InlineData("cases-io", "*.txt", "text")]
    [InlineData("maccrobat", "*.txt", "text")]
    public void EveryCorpusFileOfAFolderIsDetectedAsItsFormat(string folder, string pattern, string format)
    {
        var files = Corpus.Files(folder, pattern).Where(f => !f.EndsWith("37909814.xml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var document = Parsed.CorpusDocument(Path.GetRelativePath(Corpus.Root, file));
            Assert.True(format == document.Format, $"{file} was read as {document.Format}");
        }
    }

    [Theory]
    [InlineData("# Complete response to pembrolizumab\n\n## Case presentation\n\nA 57-year-old man.\n", "report.txt", "markdown")]
    [InlineData("Title of the report\n\n| Drug | Dose |\n|---|---|\n| pembrolizumab | 200 mg |\n", "report.txt", "markdown")]
    [InlineData("**Case presentation** A man was treated with **nivolumab** and [radiotherapy](https://example.org).\n", "report.md", "markdown")]
    [InlineData("Skip to main page content\nAn official website of the United States government\nPubMed Disclaimer\nPMID: 12345678\n", "page.txt", "pubmed-text")]
    [InlineData("<!DOCTYPE html><html><body><h1>Case</h1><p>A man.</p></body></html>", "page.txt", "html")]
    [InlineData("<html><head><meta name=\"citation_pmid\" content=\"123\"><meta name=\"citation_journal_title\" content=\"PubMed test\"></head><body><h1 class=\"heading-title\">T</h1><div class=\"abstract-content selected\"><p>A.</p></div></body></html>", "page", "pubmed-html")]
    [InlineData("PMID- 123\nTI  - A title.\nAB  - An abstract.\n", "record", "medline-text")]
    [InlineData("<!-- image -->\n\n## Case presentation\n\nA 57-year-old man.\n", "report.txt", "markdown")]
    [InlineData("<5 mm nodules were seen.\nNo treatment was given.\n", "note.txt", "text")]
    [InlineData("A case of melanoma\n\nA 57-year-old man received pembrolizumab.\n", "report.md", "text")]
    [InlineData("The patient #3 was seen. Follow-up at 3 months was uneventful.\n", "note.txt", "text")]
    public void SnippetsAreDetectedFromContentNotFromTheExtension(string text, string name, string format)
    {
        Assert.Equal(format, Parsed.Document(text, name).Format);
    }
}
