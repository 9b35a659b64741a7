using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>PubMed XML shapes beyond the corpus: book articles, several articles, case labels, MedlineDate, group authors.</summary>
public sealed class PubMedXmlParserTests
{
    private const string TwoArticles = """
        <?xml version="1.0" ?>
        <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
        <PubmedArticleSet>
        <PubmedArticle>
          <MedlineCitation><PMID Version="1">111</PMID>
            <Article>
              <Journal><JournalIssue><PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate></PubDate></JournalIssue><Title>Case reports in oncology</Title></Journal>
              <ArticleTitle>Response of <i>BRAF</i>-mutant melanoma to vemurafenib.</ArticleTitle>
              <Abstract>
                <AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">Melanoma is common.</AbstractText>
                <AbstractText Label="CASE PRESENTATION" NlmCategory="METHODS">A 48-year-old woman received vemurafenib 960 mg twice daily.</AbstractText>
                <AbstractText Label="CONCLUSIONS" NlmCategory="CONCLUSIONS">Targeted therapy worked.</AbstractText>
              </Abstract>
              <AuthorList><Author><CollectiveName>Melanoma Study Group</CollectiveName></Author><Author><LastName>Reuben</LastName><ForeName>Daniel Y</ForeName></Author></AuthorList>
              <PublicationTypeList><PublicationType UI="D002363">Case Reports</PublicationType></PublicationTypeList>
            </Article>
          </MedlineCitation>
          <PubmedData><ArticleIdList><ArticleId IdType="pubmed">111</ArticleId><ArticleId IdType="doi">10.1000/xyz.111</ArticleId></ArticleIdList>
            <ReferenceList><Reference><ArticleIdList><ArticleId IdType="pmc">PMC999</ArticleId></ArticleIdList></Reference></ReferenceList>
          </PubmedData>
        </PubmedArticle>
        <PubmedArticle>
          <MedlineCitation><PMID Version="1">222</PMID><Article><Journal><Title>Other journal</Title></Journal><ArticleTitle>Second article about cisplatin.</ArticleTitle></Article></MedlineCitation>
        </PubmedArticle>
        </PubmedArticleSet>
        """;

    private const string BookArticle = """
        <?xml version="1.0" ?>
        <PubmedArticleSet>
        <PubmedBookArticle>
          <BookDocument>
            <PMID Version="1">20301295</PMID>
            <ArticleIdList><ArticleId IdType="bookaccession">NBK1247</ArticleId></ArticleIdList>
            <Book>
              <Publisher><PublisherName>University of Washington, Seattle</PublisherName></Publisher>
              <BookTitle book="gene">GeneReviews®</BookTitle>
              <PubDate><Year>1993</Year></PubDate>
            </Book>
            <ArticleTitle book="gene" part="brca1">BRCA1- and BRCA2-Associated Hereditary Breast and Ovarian Cancer</ArticleTitle>
            <AuthorList Type="authors"><Author><LastName>Petrucelli</LastName><ForeName>Nancie</ForeName></Author></AuthorList>
            <Abstract><AbstractText Label="CLINICAL CHARACTERISTICS">Carriers have a high lifetime risk of breast cancer.</AbstractText></Abstract>
            <PublicationType UI="D000076942">Review</PublicationType>
          </BookDocument>
          <PubmedBookData><ArticleIdList><ArticleId IdType="pubmed">20301295</ArticleId></ArticleIdList></PubmedBookData>
        </PubmedBookArticle>
        </PubmedArticleSet>
        """;

    [Fact]
    public void SeveralArticlesGiveTheTextOfAllAndTheMetadataOfTheFirst()
    {
        var document = Parsed.Document(TwoArticles, "set.xml");

        Assert.Equal("pubmed-xml", document.Format);
        Assert.Equal("111", document.Article.Pmid);
        Assert.Equal("Response of BRAF-mutant melanoma to vemurafenib.", document.Article.Title);
        Assert.Contains("Second article about cisplatin.", document.Text, StringComparison.Ordinal);
        Assert.Equal(2, document.Sections.Count(s => s.Kind == SectionKind.Title));
    }

    [Fact]
    public void CasePresentationLabelIsACaseSectionAndOtherLabelsAreAbstract()
    {
        var document = Parsed.Document(TwoArticles, "set.xml");

        Assert.Equal(SectionKind.Case, Parsed.KindAt(document, "A 48-year-old woman received vemurafenib"));
        Assert.Equal(SectionKind.Abstract, Parsed.KindAt(document, "Melanoma is common."));
        var section = document.Sections.Single(s => s.Name == "CASE PRESENTATION");
        Assert.StartsWith("CASE PRESENTATION: A 48-year-old woman", document.Text[section.Start..section.End], StringComparison.Ordinal);
    }

    [Fact]
    public void MedlineDateGroupAuthorsAndTheArticlesOwnIdentifiersAreRead()
    {
        var article = Parsed.Document(TwoArticles, "set.xml").Article;

        Assert.Equal(1998, article.Year);
        Assert.Equal(["Melanoma Study Group", "Daniel Y Reuben"], article.Authors);
        Assert.Equal("10.1000/xyz.111", article.Doi);
        Assert.Null(article.Pmcid);
        Assert.Equal(["Case Reports"], article.PublicationTypes);
    }

    [Fact]
    public void BookArticleIsRead()
    {
        var document = Parsed.Document(BookArticle, "book.xml");
        var article = document.Article;

        Assert.Equal("BRCA1- and BRCA2-Associated Hereditary Breast and Ovarian Cancer", article.Title);
        Assert.Equal("GeneReviews®", article.Journal);
        Assert.Equal(1993, article.Year);
        Assert.Equal("20301295", article.Pmid);
        Assert.Equal(["Nancie Petrucelli"], article.Authors);
        Assert.Equal(["Review"], article.PublicationTypes);
        Assert.Contains("Carriers have a high lifetime risk", document.Text, StringComparison.Ordinal);
    }
}
