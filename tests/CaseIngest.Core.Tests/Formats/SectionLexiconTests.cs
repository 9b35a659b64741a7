using CaseIngest.Core.Formats;
using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>Heading vocabularies are data, validated at load; headings are recognised as written in reports.</summary>
public sealed class SectionLexiconTests
{
    [Theory]
    [InlineData("2. Case Presentation", SectionKind.Case)]
    [InlineData("CASE REPORT", SectionKind.Case)]
    [InlineData("Case 2", SectionKind.Case)]
    [InlineData("Case presentation of a rare tumour", SectionKind.Case)]
    [InlineData("1. Introduction", SectionKind.Introduction)]
    [InlineData("Discussion and literature review", SectionKind.Discussion)]
    [InlineData("III. DISCUSSION:", SectionKind.Discussion)]
    [InlineData("## References", SectionKind.References)]
    [InlineData("Acknowledgments", SectionKind.BackMatter)]
    [InlineData("Conflicts of Interest", SectionKind.BackMatter)]
    [InlineData("Keywords", SectionKind.Metadata)]
    [InlineData("Abstract:", SectionKind.Abstract)]
    public void HeadingsAsWrittenGetTheirKind(string heading, SectionKind kind)
    {
        Assert.Equal(kind, Sectioner.KindOfHeading(heading));
    }

    [Theory]
    [InlineData("The patient was discharged.")]
    [InlineData("Pembrolizumab")]
    [InlineData("Laboratory values")]
    public void OrdinaryLinesAreNotHeadings(string line)
    {
        Assert.Null(Sectioner.KindOfHeading(line));
    }

    [Fact]
    public void EmbeddedLexiconsLoad()
    {
        Assert.Equal(SectionKind.Case, Sectioner.KindOf("case presentation"));
        Assert.Equal(SectionKind.References, PubMedPageLines.Default.HeadingKind("Similar articles"));
        Assert.Equal(SectionKind.Chrome, PubMedPageLines.Default.LineKind("Skip to main page content"));
        Assert.Equal(SectionKind.Chrome, PubMedPageLines.Default.LineKind("Access keys NCBI Homepage MyNCBI Homepage Main Content Main Navigation"));
    }

    [Theory]
    [InlineData("case report", "heading and kind but no tab")]
    [InlineData("Case Report\tcase", "upper case heading")]
    [InlineData("case report\tpatient", "unknown kind")]
    public void InvalidHeadingLinesAreRejectedWithFileAndLine(string line, string because)
    {
        var error = Assert.Throws<LexiconException>(() => SectionHeadings.Load([(7, line)], "section-headings.tsv"));
        Assert.Contains("section-headings.tsv line 7", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(because));
    }

    [Theory]
    [InlineData("Cited by\theading\treferences")]
    [InlineData("Cited by\tsection\treferences\t1")]
    [InlineData("Cited by\theading\treferences\tmany")]
    public void InvalidPageLinesAreRejectedWithFileAndLine(string line)
    {
        var error = Assert.Throws<LexiconException>(() => PubMedPageLines.Load([(12, line)], "pubmed-page-lines.tsv"));
        Assert.Contains("pubmed-page-lines.tsv line 12", error.Message, StringComparison.Ordinal);
    }
}
