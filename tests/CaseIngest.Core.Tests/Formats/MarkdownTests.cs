using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>Markdown converted from a PDF: headings, captions, page furniture and reference lists.</summary>
public sealed class MarkdownTests
{
    private const string Converted = """
        # Complete response to pembrolizumab in undifferentiated pleomorphic sarcoma

        **Daniel Y. Reuben**, Maria Ortega

        Journal of Case Reports in Oncology 2024; 12: 101-105

        ## Abstract

        A 57-year-old man with sarcoma responded to pembrolizumab.

        ## 1. Introduction

        Undifferentiated pleomorphic sarcoma is rare. Ipilimumab was studied in trials [1].

        Reuben et al. Case Rep Oncol

        2

        ## 2. Case Presentation

        The patient received pembrolizumab 200 mg every 3 weeks.

        ![](figure1.png)

        **Figure 1.** CT scan showing a 40% reduction of the lung mass
        after six cycles of treatment.

        | Cycle | Dose |
        |---|---|
        | 1 | 200 mg |

        Table 1: Laboratory values at admission.

        Downloaded from https://example.org/journal on 3 March 2024

        Reuben et al. Case Rep Oncol

        3

        ## Laboratory findings

        Creatinine was normal.

        ## 3. Discussion

        Our patient had a durable response.

        Reuben et al. Case Rep Oncol

        © 2024 The Authors. Published by Example Press.

        ## References

        1. Tawbi HA, et al. Pembrolizumab in advanced soft-tissue sarcoma. Lancet Oncol. 2017.
        2. D'Angelo SP, et al. Nivolumab with or without ipilimumab. Lancet Oncol. 2018.
        """;

    [Fact]
    public void ConvertedPdfIsDetectedAsMarkdownWithItsTitle()
    {
        var document = Parsed.Document(Converted, "report.txt");

        Assert.Equal("markdown", document.Format);
        Assert.Equal("Complete response to pembrolizumab in undifferentiated pleomorphic sarcoma", document.Article.Title);
        Assert.Equal(SectionKind.Title, document.Sections[0].Kind);
    }

    [Theory]
    [InlineData("A 57-year-old man with sarcoma responded", SectionKind.Abstract)]
    [InlineData("Undifferentiated pleomorphic sarcoma is rare.", SectionKind.Introduction)]
    [InlineData("The patient received pembrolizumab 200 mg", SectionKind.Case)]
    [InlineData("CT scan showing a 40% reduction", SectionKind.Caption)]
    [InlineData("after six cycles of treatment.", SectionKind.Caption)]
    [InlineData("Laboratory values at admission.", SectionKind.Caption)]
    [InlineData("Creatinine was normal.", SectionKind.Case)]
    [InlineData("Our patient had a durable response.", SectionKind.Discussion)]
    [InlineData("Tawbi HA, et al.", SectionKind.References)]
    [InlineData("Nivolumab with or without ipilimumab", SectionKind.References)]
    [InlineData("Downloaded from https://example.org", SectionKind.Chrome)]
    [InlineData("Reuben et al. Case Rep Oncol", SectionKind.Chrome)]
    [InlineData("© 2024 The Authors.", SectionKind.Chrome)]
    [InlineData("![](figure1.png)", SectionKind.Chrome)]
    public void LinesAreSectionedByHeadingCaptionFurnitureAndReferences(string phrase, SectionKind kind)
    {
        Assert.Equal(kind, Parsed.KindAt(Parsed.Document(Converted, "report.md"), phrase));
    }

    [Fact]
    public void PageNumbersAreChrome()
    {
        var document = Parsed.Document(Converted, "report.md");
        var pageNumber = document.Text.IndexOf("\n2\n", StringComparison.Ordinal) + 1;

        Assert.Equal(SectionKind.Chrome, document.Sections.Single(s => s.Contains(pageNumber)).Kind);
    }

    [Fact]
    public void TheTextIsKeptAsWrittenBarItsEmphasisAndWrappedLinesSoOffsetsIndexIt()
    {
        var mended = Converted.Replace("**", string.Empty, StringComparison.Ordinal).Replace("lung mass\nafter", "lung mass after", StringComparison.Ordinal);
        Assert.Equal(mended, Parsed.Document(Converted, "report.md").Text);
    }

    [Fact]
    public void AJournalRubricAboveTheTitleDoesNotHideTheTitle()
    {
        var document = Parsed.Document("## Case Report\n\n# Late response to nivolumab in melanoma\n\nA 70-year-old man received nivolumab.\n", "report.md");

        Assert.Equal("Late response to nivolumab in melanoma", document.Article.Title);
        Assert.Equal(SectionKind.Title, Parsed.KindAt(document, "Late response to nivolumab"));
    }
}
