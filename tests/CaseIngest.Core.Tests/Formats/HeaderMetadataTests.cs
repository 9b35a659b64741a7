namespace CaseIngest.Core.Tests.Formats;

/// <summary>Article metadata from the header block of documents of any shape: journal pages, PDF first pages, copied PubMed pages, PMC Markdown.</summary>
public sealed class HeaderMetadataTests
{
    [Fact]
    public void AJournalPageThatOpensWithItsSectionLabelHasTheNextLineAsTitle()
    {
        var document = Parsed.Document("""
            Images in Oncology

            Durable Response to Nivolumab in a Patient With Metastatic Mucosal Melanoma

            A 71-year-old woman presented with rectal bleeding. Biopsy showed mucosal melanoma.
            """);

        Assert.Equal("Durable Response to Nivolumab in a Patient With Metastatic Mucosal Melanoma", document.Article.Title);
    }

    [Fact]
    public void AShortFirstLineOverBodyTextStaysTheTitle()
    {
        var document = Parsed.Document("""
            Nivolumab colitis

            A 71-year-old woman presented with diarrhoea after her fourth dose of nivolumab.
            """);

        Assert.Equal("Nivolumab colitis", document.Article.Title);
    }

    [Fact]
    public void APdfFirstPageGivesAuthorsYearDoiAndTheJournalOfTheDoi()
    {
        var document = Parsed.Document("""
            # Complete Response of Metastatic Leiomyosarcoma to Trabectedin After Six Lines of Therapy

            Maria L. Ortega, Tomasz Nowak

            ## Abstract

            Leiomyosarcoma rarely responds to late lines of therapy. We describe a woman whose disease responded to trabectedin.

            ## Case Report

            A 63-year-old woman was referred in 2019.

            Manuscript submitted February 3, 2023, accepted March 20, 2023
            Published online April 11, 2023

            doi: <https://doi.org/10.14740/jmc4011>
            """, "report.md");

        var article = document.Article;
        Assert.Equal("Complete Response of Metastatic Leiomyosarcoma to Trabectedin After Six Lines of Therapy", article.Title);
        Assert.Equal(["Maria L. Ortega", "Tomasz Nowak"], article.Authors);
        Assert.Equal(2023, article.Year);
        Assert.Equal("10.14740/jmc4011", article.Doi);
        Assert.Equal("J Med Cases", article.Journal);
    }

    [Theory]
    [InlineData("Cureus. 2023;15(6):e40012.", 2023, "Cureus")]
    [InlineData("Received: 12 January 2022 / Accepted: 3 March 2022", 2022, null)]
    [InlineData("© 2021 The Authors. Published by Example Press.", 2021, null)]
    public void TheYearComesFromACitationLineOrTheDatesOfTheHeader(string line, int year, string? journal)
    {
        var document = Parsed.Document("Cutaneous metastasis of gastric adenocarcinoma to the scalp\n\n" + line + "\n\nA 55-year-old man noticed a scalp nodule.\n");

        Assert.Equal(year, document.Article.Year);
        Assert.Equal(journal, document.Article.Journal);
    }

    [Fact]
    public void PmidAndPmcidInTheHeaderBlockAreRead()
    {
        var document = Parsed.Document("Hepatic sarcoidosis mimicking metastases\n\nPMID: 31234567 PMCID: PMC7654321\n\nA 48-year-old woman had liver lesions.\n");

        Assert.Equal(("31234567", "PMC7654321"), (document.Article.Pmid, document.Article.Pmcid));
    }

    [Fact]
    public void PmcMarkdownHasItsFirstSubHeadingAsTitleWhateverItsWords()
    {
        var document = Parsed.Document("""
            # MAIN TEXT

            ## Case report: talazoparib in a man with BRCA2-mutated pancreatic cancer

            ### Abstract

            We report a man with pancreatic cancer who responded to talazoparib.
            """, "paper.md");

        Assert.Equal("Case report: talazoparib in a man with BRCA2-mutated pancreatic cancer", document.Article.Title);
    }

    [Fact]
    public void APubMedPageWhoseCitationLostTheJournalLinkStillGivesItsMetadata()
    {
        var document = Parsed.Document("""
            Skip to main page content
            An official website of the United States government
            Access keys NCBI Homepage MyNCBI Homepage Main Content Main Navigation
            Case Reports
            . 2023 Nov 2:14:1290011.
            doi: 10.3389/fonc.2023.1290011. eCollection 2023.

            Case report: Lorlatinib after alectinib failure in ALK-rearranged lung adenocarcinoma

            Affiliations
            Case Reports

            Case report: Lorlatinib after alectinib failure in ALK-rearranged lung adenocarcinoma

            Mei Lin Zhou et al. Front Oncol. .

            Abstract

            Background: ALK-rearranged lung cancer responds to sequential inhibitors.

            Case presentation: A 49-year-old woman received lorlatinib after progression on alectinib.

            PubMed Disclaimer

            Similar articles

            References

            Publication types
            """);

        Assert.Equal("pubmed-text", document.Format);
        var article = document.Article;
        Assert.Equal("Case report: Lorlatinib after alectinib failure in ALK-rearranged lung adenocarcinoma", article.Title);
        Assert.Equal("10.3389/fonc.2023.1290011", article.Doi);
        Assert.Equal(2023, article.Year);
        Assert.Equal("Front Oncol", article.Journal);
        Assert.Equal(["Mei Lin Zhou"], article.Authors);
        Assert.Equal(["Case Reports"], article.PublicationTypes);
    }

    [Fact]
    public void AFiguresDoiGluedToTheTextNamesItsArticle()
    {
        var document = Parsed.Document("""
            # MAIN TEXT

            ## Sclerosing epithelioid fibrosarcoma of the kidney: a case report

            ### Case presentation

            Margins were free of tumour.10.1186/s12894-2021-00845-F0002Figure 2.CT showed no recurrence.
            """, "paper.md");

        Assert.Equal("10.1186/s12894-2021-00845", document.Article.Doi);
    }
}
