using CaseIngest.Core.Formats;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Formats;

public sealed class SectionSequenceTests
{
    [Theory]
    [InlineData("Introduction\nRare tumour.\nCase presentation\nA woman.\nResults\nOur search of PubMed found ten studies.\n", "Results", SectionKind.Discussion)]
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
        const string text = "# A rare tumour\n\n## Introduction\n\nRare.\n\n## Case presentation\n\nA woman.\n\n## Results\n\nTen articles met the inclusion criteria.\n";
        var document = new MarkdownParser().Parse(text, "case.md").Document!;
        var results = Assert.Single(document.Sections, s => s.Name == "Results");
        Assert.Equal(SectionKind.Discussion, results.Kind);
    }

    [Theory]
    [InlineData("Introduction\nRare tumour.\nCase report\nA 61-year-old man had jaundice.\nMaterials and methods\nImmunohistochemistry was performed on an autostainer.\nResults\nThe tumour was positive for CK7 and negative for CK20.\n")]
    [InlineData("Background\nRare.\nCase presentation\nA woman of 48 had a breast mass.\nResults\nSequencing of the tumour showed a PIK3CA mutation.\nDiscussion\nOthers.\n")]
    [InlineData("Introduction\nRare.\nCase description\nA boy of 9 had seizures.\nMethods\nDNA was extracted from peripheral blood.\nFindings\nExome sequencing revealed a de novo SCN1A variant.\n")]
    public void ResultsAfterTheCaseWithoutALiteratureSearchContinueTheCase(string text)
    {
        var sections = Sectioner.Split(text);
        var results = Assert.Single(sections, s => s.Name is "Results" or "Findings");
        Assert.Equal(SectionKind.Case, results.Kind);
        Assert.Equal(SectionKind.Discussion, Assert.Single(sections, s => s.Name is "Materials and methods" or "Methods" or "Discussion").Kind);
    }

    [Theory]
    [InlineData("Introduction\nRare.\nCase report\nA man of 70.\nMethods\nWe searched MEDLINE and Embase for reports of the tumour.\nResults\nTwelve patients were described, eight of them men.\n")]
    [InlineData("Introduction\nRare.\nCase presentation\nA woman of 35.\nMaterials and methods\nTwo authors screened the records independently.\nResults\nA total of 31 articles met the inclusion criteria.\n")]
    public void ResultsOfALiteratureSearchAfterTheCaseAreDiscussion(string text)
    {
        var sections = Sectioner.Split(text);
        Assert.Equal(SectionKind.Discussion, Assert.Single(sections, s => s.Name == "Results").Kind);
    }

    [Theory]
    [InlineData("Case report\nA man of 50.\nClinical course\nHe recovered.\nPathological findings\nThe margins were clear.\nOutcome and follow-up\nNo recurrence.\nDiscussion\nOthers.\n", "Pathological findings", SectionKind.Case)]
    [InlineData("Case report\nA man of 50.\nClinical course\nHe recovered.\nDiscussion\nOthers.\n", "Clinical course", SectionKind.Case)]
    [InlineData("Case presentation\nA woman.\nDiscussion\nThe tumour is rare.\nTreatment\nMost series used surgery.\n", "Treatment", SectionKind.Discussion)]
    [InlineData("Case presentation\nA woman.\nDiscussion\nThe tumour is rare.\nLiterature review of similar tumours\nTen reports.\n", "Literature review of similar tumours", SectionKind.Discussion)]
    [InlineData("Case 1\nA woman.\nDiscussion\nFirst.\nCase 2\nA man.\nTreatment\nHe had surgery.\n", "Treatment", SectionKind.Case)]
    public void CasePartsBelongToTheCaseUntilTheDiscussionWhereTheyAreSubtopics(string text, string heading, SectionKind kind)
    {
        var sections = Sectioner.Split(text);
        Assert.Equal(kind, Assert.Single(sections, s => s.Name == heading).Kind);
    }

    [Fact]
    public void MarkdownResultsOfTheCaseAfterLaboratoryMethodsStayInTheCase()
    {
        const string text = "# A rare tumour\n\n## Introduction\n\nRare.\n\n## Case report\n\nA man of 52.\n\n## Materials and methods\n\nImmunohistochemistry was performed.\n\n### DNA isolation\n\nDNA was isolated from tissue.\n\n## Results\n\nThe tumour was positive for BCL10.\n\n### Molecular analysis\n\nSequencing found a BRCA2 variant.\n\n## Literature review of acinar tumours\n\nTen reports.\n";
        var document = new MarkdownParser().Parse(text, "case.md").Document!;
        Assert.Equal(SectionKind.Discussion, Assert.Single(document.Sections, s => s.Name == "DNA isolation").Kind);
        Assert.Equal(SectionKind.Case, Assert.Single(document.Sections, s => s.Name == "Results").Kind);
        Assert.Equal(SectionKind.Case, Assert.Single(document.Sections, s => s.Name == "Molecular analysis").Kind);
        Assert.Equal(SectionKind.Discussion, Assert.Single(document.Sections, s => s.Name == "Literature review of acinar tumours").Kind);
    }

    [Fact]
    public void JatsResultsOfTheCaseStayInTheCase()
    {
        const string xml = """
            <article><front><article-meta><title-group><article-title>A rare tumour</article-title></title-group></article-meta></front>
            <body>
            <sec><title>Introduction</title><p>Rare.</p></sec>
            <sec><title>Case presentation</title><p>A woman received nivolumab.</p></sec>
            <sec><title>Results</title><p>The resected tumour was positive for PD-L1.</p></sec>
            <sec><title>Discussion</title><p>Rare indeed.</p></sec>
            </body></article>
            """;
        var document = new JatsXmlParser().Parse(xml, "case.nxml").Document!;
        Assert.Equal(SectionKind.Case, Assert.Single(document.Sections, s => s.Name == "Results").Kind);
        Assert.Equal(SectionKind.Discussion, Assert.Single(document.Sections, s => s.Name == "Discussion").Kind);
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
            <sec><title>Results</title><p>The literature search found ten articles on thymoma.</p></sec>
            <sec><title>Conclusion</title><p>Rare indeed.</p></sec>
            </body></article>
            """;
        var document = new JatsXmlParser().Parse(xml, "case.nxml").Document!;
        Assert.Equal(SectionKind.Case, Assert.Single(document.Sections, s => s.Name == "Case presentation").Kind);
        Assert.Equal(SectionKind.Discussion, Assert.Single(document.Sections, s => s.Name == "Results").Kind);
        Assert.Equal(SectionKind.Discussion, Assert.Single(document.Sections, s => s.Name == "Conclusion").Kind);
    }
}
