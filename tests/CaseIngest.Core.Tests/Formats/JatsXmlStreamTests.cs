using System.Text;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>
/// What a forward-only reading of JATS must handle: the front matter's fields among parts it never reads, the body and
/// back matter with their inline markup and citations, the first article of a set, and the same refusals as a
/// whole-tree load for broken or over-deep markup anywhere.
/// </summary>
public sealed class JatsXmlStreamTests
{
    private static string Article(string title, string body, string extraMeta = "", string back = "") => $"""
        <article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="case-report" dtd-version="3.0">
          <front>
            <journal-meta><journal-id journal-id-type="nlm-ta">J Rare Tumours</journal-id><journal-title-group><journal-title>Journal of Rare Tumours</journal-title></journal-title-group><issn pub-type="epub">1234-5678</issn><publisher><publisher-name>Example Press</publisher-name></publisher></journal-meta>
            <article-meta>
              <article-id pub-id-type="pmid">31234567</article-id><article-id pub-id-type="pmc">6543210</article-id><article-id pub-id-type="doi">10.1000/jrt.2019.17</article-id>
              <article-categories><subj-group subj-group-type="heading"><subject>Case Report</subject></subj-group></article-categories>
              <title-group><article-title>{title}</article-title></title-group>
              <contrib-group><contrib contrib-type="author"><name><surname>Okafor</surname><given-names>Ngozi</given-names></name><xref ref-type="aff" rid="aff1">1</xref></contrib>
                <contrib contrib-type="editor"><name><surname>Lind</surname><given-names>Erik</given-names></name></contrib></contrib-group>
              <aff id="aff1"><label>1</label>Department of Oncology, a hospital where paclitaxel was studied</aff>
              <pub-date pub-type="epub"><day>4</day><month>3</month><year>2019</year></pub-date>
              <permissions><copyright-statement>Copyright 2019 about sunitinib.</copyright-statement><license><license-p>Open access under a licence naming cetuximab.</license-p></license></permissions>
              {extraMeta}
              <abstract><p>A woman with a <italic>KIT</italic>-mutant tumour responded to imatinib.</p></abstract>
              <kwd-group kwd-group-type="author"><kwd>gastrointestinal stromal tumour</kwd><kwd>imatinib</kwd></kwd-group>
              <kwd-group kwd-group-type="abbreviations"><kwd>GIST</kwd></kwd-group>
              <funding-group><award-group><funding-source>A grant for bevacizumab research</funding-source></award-group></funding-group>
            </article-meta>
          </front>
          <body>{body}</body>
          <back>{back}<ref-list><title>References</title><ref id="B1"><label>1</label><element-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Smith</surname><given-names>A</given-names></name></person-group><article-title>Imatinib in GIST</article-title><source>Oncology</source><year>2001</year></element-citation></ref></ref-list></back>
        </article>
        """;

    private const string CaseBody = """
        <sec sec-type="intro" id="s1"><title>Introduction</title><p>Gastrointestinal stromal tumours are rare<xref ref-type="bibr" rid="B1">1</xref>.</p></sec>
        <sec id="s2"><title>Case presentation</title><p>A 58-year-old woman received imatinib 400&#160;mg daily<xref ref-type="bibr" rid="B1">[1]</xref> for a <bold>gastric</bold> tumour (<xref ref-type="fig" rid="F1">Figure 1</xref>).</p>
          <fig id="F1"><label>Figure 1</label><caption><p>CT of the abdomen after <italic>six</italic> months.</p></caption><graphic xlink:href="f1.jpg"/></fig></sec>
        <sec sec-type="discussion"><title>Discussion</title><p>Smith et al. (<xref ref-type="bibr" rid="B1">Smith 2001</xref>) reported the same.</p></sec>
        """;

    private static string Set(params string[] articles) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE pmc-articleset PUBLIC \"-//NLM//DTD ARTICLE SET 2.0//EN\" \"https://dtd.nlm.nih.gov/ncbi/pmc/articleset/nlm-articleset-2.0.dtd\">\n"
        + "<pmc-articleset>" + string.Concat(articles) + "</pmc-articleset>\n";

    private static string Single(string article) => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + article + "\n";

    [Fact]
    public void TheFrontMatterFieldsAreReadAndItsOtherPartsLeftOut()
    {
        var document = Parsed.Document(Single(Article("Imatinib for a <italic>KIT</italic>-mutant gastric tumour", CaseBody)), "front.nxml");

        Assert.Equal("jats-xml", document.Format);
        Assert.Equal("Imatinib for a KIT-mutant gastric tumour", document.Article.Title);
        Assert.Equal("Journal of Rare Tumours", document.Article.Journal);
        Assert.Equal(2019, document.Article.Year);
        Assert.Equal("31234567", document.Article.Pmid);
        Assert.Equal("PMC6543210", document.Article.Pmcid);
        Assert.Equal("10.1000/jrt.2019.17", document.Article.Doi);
        Assert.Equal(["Ngozi Okafor"], document.Article.Authors);
        Assert.Equal(["gastrointestinal stromal tumour", "imatinib"], document.Article.Keywords);
        Assert.Equal(["Case Reports"], document.Article.PublicationTypes);
        foreach (var unread in (string[])["paclitaxel", "sunitinib", "cetuximab", "bevacizumab", "Example Press", "1234-5678"])
        {
            Assert.DoesNotContain(unread, document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheBodyKeepsItsSectionsInlineMarkupCaptionsAndNamedCitations()
    {
        var document = Parsed.Document(Single(Article("A case", CaseBody)), "body.nxml");

        Assert.Contains("A woman with a KIT-mutant tumour responded to imatinib.", Parsed.TextOf(document, SectionKind.Abstract), StringComparison.Ordinal);
        Assert.Equal(SectionKind.Introduction, Parsed.KindAt(document, "Gastrointestinal stromal tumours are rare."));
        Assert.Equal(SectionKind.Case, Parsed.KindAt(document, "A 58-year-old woman received imatinib 400 mg daily for a gastric tumour (Figure 1)."));
        Assert.Equal(SectionKind.Caption, Parsed.KindAt(document, "Figure 1 CT of the abdomen after six months."));
        Assert.Equal(SectionKind.Discussion, Parsed.KindAt(document, "Smith et al. (Smith 2001) reported the same."));
        Assert.Equal(SectionKind.References, Parsed.KindAt(document, "Imatinib in GIST"));
    }

    [Fact]
    public void OnlyTheFirstArticleOfASetIsRead()
    {
        var second = Article("Second article on nivolumab colitis", "<p>Grade 3 diarrhoea after nivolumab.</p>");
        var document = Parsed.Document(Set(Article("First article on imatinib", CaseBody), second), "set.nxml");

        Assert.Equal("First article on imatinib", document.Article.Title);
        Assert.DoesNotContain("nivolumab", document.Text, StringComparison.Ordinal);
        Assert.Equal(Parsed.Document(Single(Article("First article on imatinib", CaseBody)), "one.nxml").Text, document.Text);
    }

    [Fact]
    public void ASetWithoutAnArticleHasNoArticle()
    {
        var result = Parsed.Read(Set("<front><article-meta/></front>"), "empty-set.nxml");

        Assert.False(result.Succeeded);
        Assert.Equal("no-article", result.Error!.Code);
    }

    [Theory]
    [InlineData("<history><date date-type=\"received\"><year>2018</year></history>", 14)]
    [InlineData("<custom-meta-group><custom-meta><meta-name>a &undefined; b</meta-name></custom-meta></custom-meta-group>", 14)]
    [InlineData("<author-notes><fn>unclosed <bold>note</fn></author-notes>", 14)]
    public void BrokenMarkupInPartsNeverReadIsRejectedWithItsPosition(string extraMeta, int line)
    {
        var result = Parsed.Read(Single(Article("A case", CaseBody, extraMeta)), "broken.nxml");

        Assert.False(result.Succeeded);
        Assert.Equal("malformed-xml", result.Error!.Code);
        Assert.StartsWith($"The XML is not well formed (line {line}, position ", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("</pmc-articleset>\n<pmc-articleset></pmc-articleset>")]
    [InlineData("</pmc-articleset>\ntrailing text")]
    [InlineData("<article><front><article-meta><p>unclosed")]
    [InlineData("")]
    public void BrokenMarkupAfterTheReadArticleIsRejected(string tail)
    {
        var xml = Set(Article("A case", CaseBody));
        xml = xml[..xml.LastIndexOf("</pmc-articleset>", StringComparison.Ordinal)] + tail;

        var result = Parsed.Read(xml, "tail.nxml");

        Assert.False(result.Succeeded);
        Assert.Equal("malformed-xml", result.Error!.Code);
        Assert.StartsWith("The XML is not well formed", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("permissions", 1100, false)]
    [InlineData("body", 1100, false)]
    [InlineData("permissions", 400, true)]
    [InlineData("body", 400, true)]
    public void TheDepthGuardHoldsInPartsReadAndInPartsNeverRead(string where, int depth, bool read)
    {
        var nested = string.Concat(Enumerable.Repeat("<italic>", depth)) + "deep" + string.Concat(Enumerable.Repeat("</italic>", depth));
        var xml = where == "body"
            ? Single(Article("A case", CaseBody + $"<p>Text {nested}.</p>"))
            : Single(Article("A case", CaseBody, $"<permissions><license><license-p>{nested}</license-p></license></permissions>"));

        var result = Parsed.Read(xml, "deep.nxml");

        Assert.Equal(read, result.Succeeded);
        if (!read)
        {
            Assert.Equal("malformed-xml", result.Error!.Code);
            Assert.Equal("The XML nests elements deeper than 1024 levels.", result.Error.Message);
        }
    }

    [Fact]
    public void LongFrontMatterNeverReadIsReadPastWithoutBuildingIt()
    {
        var affiliations = string.Concat(Enumerable.Range(1, 3000).Select(i =>
            $"<aff id=\"aff{i}\"><label>{i}</label><institution content-type=\"dept\">Department {i}</institution>, <institution>Hospital {i}</institution>, <country country=\"XX\">Country {i}</country></aff>\n"));
        var xml = Single(Article("A case", "<p>A man of 61 years.</p>", affiliations));
        var bytes = Encoding.UTF8.GetBytes(xml);
        _ = Parsed.ReadBytes(bytes, "affiliations.nxml");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Parsed.ReadBytes(bytes, "affiliations.nxml");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.DoesNotContain("Hospital", result.Document!.Text, StringComparison.Ordinal);
        Assert.True(allocated < bytes.Length / 4, $"{allocated:N0} bytes allocated for {bytes.Length:N0} bytes in");
    }
}
