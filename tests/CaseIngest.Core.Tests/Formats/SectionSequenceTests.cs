using CaseIngest.Core.Formats;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Formats;

public sealed class SectionSequenceTests
{
    [Theory]
    [InlineData("Introduction\nRare tumour.\nCase presentation\nA woman.\nResults\nTen studies were found.\n", "Results", SectionKind.Discussion)]
    [InlineData("Introduction\nRare tumour.\nCase presentation\nA woman.\nDiscussion\nOthers.\nConclusion\nRare.\n", "Conclusion", SectionKind.Discussion)]
    [InlineData("Introduction\nRare tumour.\nCase report\nA man.\nMaterials and methods\nWe searched PubMed.\n", "Materials and methods", SectionKind.Discussion)]
    [InlineData("Title of the report\nCase report\nA man.\nMethods\nWe searched PubMed.\n", "Methods", SectionKind.Discussion)]
    [InlineData("Introduction\nRare tumour.\nBackground\nMore about it.\n", "Background", SectionKind.Introduction)]
    [InlineData("Title of the report\nBackground\nRare.\nCase presentation\nA man.\nConclusion\nOur case shows it.\n", "Conclusion", SectionKind.Abstract)]
    [InlineData("Title of the report\nBackground\nRare.\nCase presentation\nA man.\n", "Background", SectionKind.Abstract)]
    [InlineData("Title of the report\nLiterature review\nOthers.\n", "Literature review", SectionKind.Discussion)]
    [InlineData("Title of the report\nReview of the literature\nOthers.\n", "Review of the literature", SectionKind.Discussion)]
    public void AbstractLikeHeadingsInTheArticleBodyOpenTheKindTheirPlaceGives(string text, string heading, SectionKind kind)
    {
        var sections = Sectioner.Split(text);
        Assert.Equal(kind, Assert.Single(sections, s => s.Name == heading && text.AsSpan(s.Start).StartsWith(heading)).Kind);
    }

    [Fact]
    public void MarkdownHeadingsFollowTheSameSequence()
    {
        const string text = "# A rare tumour\n\n## Introduction\n\nRare.\n\n## Case presentation\n\nA woman.\n\n## Results\n\nTen studies.\n";
        var document = new MarkdownParser().Parse(text, "case.md").Document!;
        var results = Assert.Single(document.Sections, s => s.Name == "Results");
        Assert.Equal(SectionKind.Discussion, results.Kind);
    }

    [Theory]
    [InlineData("Appendix A", SectionKind.BackMatter)]
    [InlineData("Appendix B: robustness to assumptions", SectionKind.BackMatter)]
    [InlineData("Supplementary Figure 1", SectionKind.BackMatter)]
    public void AppendicesAreBackMatter(string heading, SectionKind kind)
    {
        Assert.Equal(kind, Sectioner.KindOfHeading(heading));
    }

    [Fact]
    public void JatsResultsOfALiteratureSearchAfterTheCaseAreDiscussion()
    {
        const string xml = """
            <article><front><article-meta><title-group><article-title>A rare tumour</article-title></title-group></article-meta></front>
            <body>
            <sec><title>Introduction</title><p>Rare.</p></sec>
            <sec><title>Case presentation</title><p>A woman received nivolumab.</p></sec>
            <sec><title>Results</title><p>Ten studies reported thymoma.</p></sec>
            <sec><title>Conclusion</title><p>Rare indeed.</p></sec>
            </body></article>
            """;
        var document = new JatsXmlParser().Parse(xml, "case.nxml").Document!;
        Assert.Equal(SectionKind.Case, Assert.Single(document.Sections, s => s.Name == "Case presentation").Kind);
        Assert.Equal(SectionKind.Discussion, Assert.Single(document.Sections, s => s.Name == "Results").Kind);
        Assert.Equal(SectionKind.Discussion, Assert.Single(document.Sections, s => s.Name == "Conclusion").Kind);
    }
}
