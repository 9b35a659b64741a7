using System.Text;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>
/// What a forward-only reading of PubMed XML must handle: inline markup and entities inside the text it reads, labelled
/// abstracts, sets of articles, and the same refusals as a whole-tree load for broken or over-deep markup anywhere.
/// </summary>
public sealed class PubMedXmlStreamTests
{
    private static string Article(string pmid, string title, string abstractXml, string extra = "") => $"""
        <PubmedArticle>
          <MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{pmid}</PMID>
            <Article PubModel="Print">
              <Journal><ISSN IssnType="Electronic">1234-5678</ISSN><JournalIssue><PubDate><Year>2019</Year></PubDate></JournalIssue><Title>Journal of rare tumours</Title></Journal>
              <ArticleTitle>{title}</ArticleTitle>
              <Abstract>{abstractXml}<CopyrightInformation>© 2019 The Authors.</CopyrightInformation></Abstract>
              <AuthorList CompleteYN="Y"><Author ValidYN="Y"><LastName>Okafor</LastName><ForeName>Ngozi</ForeName><AffiliationInfo><Affiliation>Department of Oncology.</Affiliation></AffiliationInfo></Author></AuthorList>
            </Article>
            <MeshHeadingList><MeshHeading><DescriptorName UI="D000001">Neoplasms</DescriptorName></MeshHeading></MeshHeadingList>
            {extra}
          </MedlineCitation>
          <PubmedData><ArticleIdList><ArticleId IdType="pubmed">{pmid}</ArticleId></ArticleIdList>
            <ReferenceList><Reference><Citation>An unrelated citation about sunitinib.</Citation></Reference></ReferenceList>
          </PubmedData>
        </PubmedArticle>
        """;

    private static string Set(params string[] articles) =>
        "<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2025//EN\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd\">\n"
        + "<PubmedArticleSet>\n" + string.Concat(articles) + "\n</PubmedArticleSet>\n";

    [Theory]
    [InlineData("Response of <i>KRAS</i> G12C<sup>+</sup> lung cancer to sotorasib", "Response of KRAS G12C+ lung cancer to sotorasib")]
    [InlineData("<b>Late <i>relapse</i></b> of seminoma after <i>cis</i>platin", "Late relapse of seminoma after cisplatin")]
    [InlineData("Hypercalcaemia with PTHrP &gt; 5 pmol/L &amp; a lytic lesion", "Hypercalcaemia with PTHrP > 5 pmol/L & a lytic lesion")]
    [InlineData("Caf&#233;-au-lait macules in a &#x41;ML survivor", "Café-au-lait macules in a AML survivor")]
    [InlineData("<![CDATA[Thymoma & myasthenia]]> in a   young\n   man", "Thymoma & myasthenia in a young man")]
    public void TitleMarkupEntitiesAndSectionsAreReadAsText(string titleXml, string title)
    {
        var document = Parsed.Document(Set(Article("101", titleXml, "<AbstractText>A man of 61 years.</AbstractText>")), "title.xml");

        Assert.Equal(title, document.Article.Title);
        Assert.StartsWith(title, document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A woman of 52 received <i>trastuzumab</i> for HER<sub>2</sub>-positive disease.", "A woman of 52 received trastuzumab for HER2-positive disease.")]
    [InlineData("Ki-67 was <b>40&#160;%</b>; CD20 <i>and <b>CD79a</b></i> were positive.", "Ki-67 was 40 %; CD20 and CD79a were positive.")]
    [InlineData("Serum IgG4 &lt; 1.35 g/L<sup>[<xref ref-type=\"bibr\">3</xref>]</sup> was normal.", "Serum IgG4 < 1.35 g/L[3] was normal.")]
    public void NestedInlineMarkupInTheAbstractIsFlattened(string abstractXml, string text)
    {
        var document = Parsed.Document(Set(Article("102", "A case", $"<AbstractText>{abstractXml}</AbstractText>")), "abstract.xml");

        Assert.Contains(text, document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sunitinib", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("The Authors", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void StructuredAbstractLabelsBecomeSectionsAndUnlabelledPartsStayAbstract()
    {
        const string parts = """
            <AbstractText Label="INTRODUCTION" NlmCategory="BACKGROUND">Pheochromocytoma is rare in pregnancy.</AbstractText>
            <AbstractText Label="CASE PRESENTATION" NlmCategory="METHODS">A 29-year-old woman had <i>paroxysmal</i> hypertension.</AbstractText>
            <AbstractText Label="UNLABELLED">Adrenalectomy was curative.</AbstractText>
            <AbstractText>Follow-up was uneventful.</AbstractText>
            """;

        var document = Parsed.Document(Set(Article("103", "Pheochromocytoma in pregnancy", parts)), "labels.xml");

        Assert.Equal(["Title", "INTRODUCTION", "CASE PRESENTATION", "Abstract"], document.Sections.Select(s => s.Name));
        Assert.Equal(SectionKind.Case, Parsed.KindAt(document, "A 29-year-old woman had paroxysmal hypertension."));
        Assert.Equal(SectionKind.Abstract, Parsed.KindAt(document, "Adrenalectomy was curative."));
        Assert.Contains("INTRODUCTION: Pheochromocytoma is rare", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryArticleOfASetIsReadInOrderWithTheMetadataOfTheFirst()
    {
        var xml = Set(
            Article("201", "First: imatinib in a gastric GIST", "<AbstractText>Exon 11 deletion.</AbstractText>"),
            Article("202", "Second: nivolumab colitis", "<AbstractText>Grade 3 diarrhoea.</AbstractText>"),
            Article("203", "Third: lenalidomide and thrombosis", "<AbstractText>Deep vein thrombosis.</AbstractText>"));

        var document = Parsed.Document(xml, "three.xml");

        Assert.Equal("201", document.Article.Pmid);
        Assert.Equal("Journal of rare tumours", document.Article.Journal);
        Assert.Equal(2019, document.Article.Year);
        Assert.Equal(["Ngozi Okafor"], document.Article.Authors);
        Assert.Equal(3, document.Sections.Count(s => s.Kind == SectionKind.Title));
        var first = document.Text.IndexOf("First:", StringComparison.Ordinal);
        var second = document.Text.IndexOf("Second:", StringComparison.Ordinal);
        var third = document.Text.IndexOf("Third:", StringComparison.Ordinal);
        Assert.True(first >= 0 && first < second && second < third, document.Text);
    }

    [Fact]
    public void ASingleArticleRootAndUtf16TextGiveTheSameDocument()
    {
        var single = Article("301", "Carcinoid crisis under octreotide", "<AbstractText>Flushing and wheeze.</AbstractText>");
        var fromSet = Parsed.Document(Set(single), "set.xml");

        var fromRoot = Parsed.Document("<?xml version=\"1.0\"?>\n" + single, "single.xml");
        var utf16 = Parsed.ReadBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Set(single))], "utf16.xml");

        Assert.Equal(fromSet.Text, fromRoot.Text);
        Assert.Equal("301", fromRoot.Article.Pmid);
        Assert.True(utf16.Succeeded, utf16.Error?.Message);
        Assert.Equal(fromSet.Text, utf16.Document!.Text);
        Assert.Equal(fromSet.Article.Title, utf16.Document.Article.Title);
    }

    [Theory]
    [InlineData("<KeywordList><Keyword>x</Keyword></KeywordList><OtherID>a &undefined; b</OtherID>", 13)]
    [InlineData("<GeneralNote>unclosed <b>bold</GeneralNote>", 13)]
    [InlineData("<InvestigatorList><Investigator><LastName>Ito</LastName></Investigator>", 14)]
    public void BrokenMarkupInPartsNeverReadIsRejectedWithItsPosition(string extra, int line)
    {
        var result = Parsed.Read(Set(Article("401", "A case", "<AbstractText>Text.</AbstractText>", extra)), "broken.xml");

        Assert.False(result.Succeeded);
        Assert.Equal("malformed-xml", result.Error!.Code);
        Assert.StartsWith($"The XML is not well formed (line {line}, position ", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("</PubmedArticleSet>\n<PubmedArticleSet></PubmedArticleSet>")]
    [InlineData("</PubmedArticleSet>\ntrailing text")]
    [InlineData("")]
    public void BrokenMarkupAfterTheLastArticleIsRejected(string tail)
    {
        var xml = Set(Article("402", "A case", "<AbstractText>Text.</AbstractText>"));
        xml = xml[..xml.LastIndexOf("</PubmedArticleSet>", StringComparison.Ordinal)] + tail;

        var result = Parsed.Read(xml, "tail.xml");

        Assert.False(result.Succeeded);
        Assert.Equal("malformed-xml", result.Error!.Code);
        Assert.StartsWith("The XML is not well formed", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MeshHeadingList", 1100, false)]
    [InlineData("AbstractText", 1100, false)]
    [InlineData("MeshHeadingList", 400, true)]
    [InlineData("AbstractText", 400, true)]
    public void TheDepthGuardHoldsInPartsReadAndInPartsNeverRead(string where, int depth, bool read)
    {
        var nested = string.Concat(Enumerable.Repeat("<i>", depth)) + "deep" + string.Concat(Enumerable.Repeat("</i>", depth));
        var xml = where == "AbstractText"
            ? Set(Article("501", "A case", $"<AbstractText>Text {nested}.</AbstractText>"))
            : Set(Article("501", "A case", "<AbstractText>Text.</AbstractText>", $"<MeshHeadingList>{nested}</MeshHeadingList>"));

        var result = Parsed.Read(xml, "deep.xml");

        Assert.Equal(read, result.Succeeded);
        if (!read)
        {
            Assert.Equal("malformed-xml", result.Error!.Code);
            Assert.Equal("The XML nests elements deeper than 1024 levels.", result.Error.Message);
        }
    }

    [Fact]
    public void TheAttributesReadAreFoundAmongOthersOnTheSameElements()
    {
        var xml = Set(Article("701", "Gefitinib in a never-smoker",
            """<AbstractText Label="CASE REPORT" NlmCategory="METHODS" xml:lang="en">A 61-year-old woman received gefitinib.</AbstractText>""",
            """<KeywordList Owner="NOTNLM"><Keyword MajorTopicYN="N">EGFR</Keyword></KeywordList>"""))
            .Replace("<ArticleTitle>", "<ELocationID EIdType=\"pii\" ValidYN=\"Y\">e701</ELocationID><ELocationID ValidYN=\"Y\" EIdType=\"doi\">10.1000/case.701</ELocationID><ArticleTitle Book=\"no\">", StringComparison.Ordinal)
            .Replace("<AuthorList CompleteYN=\"Y\">", "<AuthorList CompleteYN=\"Y\" Type=\"editors\"><Author><LastName>Editor</LastName><ForeName>Some</ForeName></Author></AuthorList><AuthorList CompleteYN=\"Y\" Type=\"authors\">", StringComparison.Ordinal)
            .Replace("<ArticleId IdType=\"pubmed\">701</ArticleId>", "<ArticleId IdType=\"pubmed\">701</ArticleId><ArticleId IdType=\"pmc\">PMC7010</ArticleId>", StringComparison.Ordinal);

        var document = Parsed.Document(xml, "attributes.xml");

        Assert.Equal(["Title", "CASE REPORT"], document.Sections.Select(s => s.Name));
        Assert.Contains("CASE REPORT: A 61-year-old woman received gefitinib.", document.Text, StringComparison.Ordinal);
        Assert.Equal("10.1000/case.701", document.Article.Doi);
        Assert.Equal("PMC7010", document.Article.Pmcid);
        Assert.Equal(["Ngozi Okafor"], document.Article.Authors);
        Assert.Equal(["EGFR"], document.Article.Keywords);
    }

    [Theory]
    [InlineData("<AbstractText Label=\"A\" Label=\"B\">Text.</AbstractText>")]
    [InlineData("<AbstractText Label=A>Text.</AbstractText>")]
    [InlineData("<AbstractText NlmCategory=\"METHODS\" NlmCategory=\"RESULTS\">Text.</AbstractText>")]
    public void BrokenAttributesOnElementsReadAreRejectedWithTheirPosition(string abstractXml)
    {
        var result = Parsed.Read(Set(Article("702", "A case", abstractXml)), "attributes.xml");

        Assert.False(result.Succeeded);
        Assert.Equal("malformed-xml", result.Error!.Code);
        Assert.StartsWith("The XML is not well formed (line 9, position ", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongReferenceListIsReadPastWithoutBuildingIt()
    {
        var references = string.Concat(Enumerable.Range(1, 3000).Select(i =>
            $"<Reference><Citation>Author {i}, Other B. A study of drug {i} in tumour {i}. J Oncol. 2001;{i}:1-9.</Citation>"
            + $"<ArticleIdList><ArticleId IdType=\"pubmed\">{1000000 + i}</ArticleId><ArticleId IdType=\"doi\">10.1000/j.{i}</ArticleId></ArticleIdList></Reference>\n"));
        var xml = Set(Article("601", "A case", "<AbstractText>Text.</AbstractText>"))
            .Replace("<ReferenceList>", "<ReferenceList>" + references, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(xml);
        _ = Parsed.ReadBytes(bytes, "references.xml");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Parsed.ReadBytes(bytes, "references.xml");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.True(allocated < bytes.Length / 4, $"{allocated:N0} bytes allocated for {bytes.Length:N0} bytes in");
    }
}
