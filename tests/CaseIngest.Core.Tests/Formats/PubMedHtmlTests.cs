using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>The current pubmed.ncbi.nlm.nih.gov article page, saved as HTML, and other HTML pages.</summary>
public sealed class PubMedHtmlTests
{
    private const string CurrentPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Durable complete response to pembrolizumab in sarcoma - PubMed</title>
          <meta name="citation_title" content="Durable complete response to pembrolizumab in undifferentiated pleomorphic sarcoma: a case report">
          <meta name="citation_journal_title" content="Journal for immunotherapy of cancer">
          <meta name="citation_date" content="03/14/2023">
          <meta name="citation_pmid" content="36791234">
          <meta name="citation_doi" content="10.1136/jitc-2022-006012">
          <meta name="citation_authors" content="Reuben, Daniel Y;Ortega, Maria L;">
          <meta name="citation_keywords" content="Immunotherapy; Sarcoma">
          <script>window.ncbi = { pmid: 36791234 }; var drug = "nivolumab";</script>
          <style>.heading-title { font-size: 2em; }</style>
        </head>
        <body>
          <header class="ncbi-header" role="banner"><a class="usa-skipnav" href="#article-details">Skip to main page content</a>
            <section class="usa-banner">An official website of the United States government</section></header>
          <nav class="header-nav"><a href="/">PubMed</a> <a href="/advanced/">Advanced</a></nav>
          <main class="article-details" id="article-details">
            <header class="heading" id="heading">
              <div class="full-view" id="full-view-heading">
                <div class="article-citation">
                  <div class="article-source">
                    <div class="journal-actions dropdown-block">
                      <button id="full-view-journal-trigger" class="journal-actions-trigger trigger" title="Journal for immunotherapy of cancer">J Immunother Cancer</button>
                      <div id="full-view-journal" class="journal-actions-dropdown dropdown"><a class="search-in-pubmed-link">Search in PubMed</a></div>
                    </div>
                    <span class="period">. </span>
                    <span class="cit">2023 Mar 14;11(3):e006012.</span>
                  </div>
                  <span class="citation-doi">doi: 10.1136/jitc-2022-006012.</span>
                </div>
                <h1 class="heading-title">
                  Durable complete response to pembrolizumab in undifferentiated pleomorphic sarcoma: a case report
                </h1>
                <div class="inline-authors">
                  <div class="authors">
                    <div class="authors-list">
                      <span class="authors-list-item"><a class="full-name" href="/?term=Reuben+DY" data-ga-label="Daniel Y Reuben">Daniel Y Reuben</a><sup class="affiliation-links"><span class="author-sup-separator">&nbsp;</span><a class="affiliation-link" href="#affiliation-1">1</a></sup><span class="comma">,&nbsp;</span></span>
                      <span class="authors-list-item"><a class="full-name" href="/?term=Ortega+ML" data-ga-label="Maria L Ortega">Maria L Ortega</a><sup class="affiliation-links"><a class="affiliation-link" href="#affiliation-2">2</a></sup></span>
                    </div>
                  </div>
                </div>
                <ul class="identifiers" id="full-view-identifiers">
                  <li><span class="identifier pubmed"><span class="id-label">PMID: </span><strong class="current-id">36791234</strong></span></li>
                  <li><span class="identifier pmc"><span class="id-label">PMCID: </span><a class="id-link" href="https://pmc.ncbi.nlm.nih.gov/articles/PMC9934567/">PMC9934567</a></span></li>
                  <li><span class="identifier doi"><span class="id-label">DOI: </span><a class="id-link" href="https://doi.org/10.1136/jitc-2022-006012">10.1136/jitc-2022-006012</a></span></li>
                </ul>
              </div>
            </header>
            <div class="abstract" id="abstract">
              <h2 class="title">Abstract</h2>
              <div class="abstract-content selected" id="eng-abstract">
                <p><strong class="sub-title">Background: </strong>Undifferentiated pleomorphic sarcoma responds poorly to chemotherapy.</p>
                <p><strong class="sub-title">Case presentation: </strong>A 57-year-old man received pembrolizumab 200&nbsp;mg every 3 weeks with complete response.</p>
                <p><strong class="sub-title">Conclusions: </strong>Checkpoint blockade can control this tumour.</p>
              </div>
              <p><strong class="sub-title">Keywords: </strong><button class="keyword-actions-trigger">Immunotherapy</button>; <button class="keyword-actions-trigger">PD-L1</button>; <button class="keyword-actions-trigger">Sarcoma</button>.</p>
            </div>
            <div class="conflict-of-interest" id="conflict-of-interest"><h2 class="title">Conflict of interest statement</h2><p>None declared.</p></div>
            <div class="similar-articles" id="similar"><h2 class="title">Similar articles</h2>
              <ul class="articles-list"><li class="full-docsum"><a class="docsum-title">Nivolumab plus ipilimumab in sarcoma.</a></li></ul></div>
            <div class="citedby-articles" id="citedby"><h2 class="title">Cited by</h2><ul><li><a class="docsum-title">Cabozantinib in sarcoma.</a></li></ul></div>
            <div class="references" id="references"><h2 class="title">References</h2><ol class="references-list"><li>Tawbi HA. Pembrolizumab in soft-tissue sarcoma.</li></ol></div>
            <div class="publication-types keywords-section" id="publication-types"><h2 class="title">Publication types</h2>
              <ul class="keywords-list"><li><div class="keyword-actions"><button class="keyword-actions-trigger">Case Reports</button><div class="keyword-actions-dropdown dropdown"><ul><li><a>Search in PubMed</a></li></ul></div></div></li></ul></div>
            <div class="mesh-terms keywords-section" id="mesh-terms"><h2 class="title">MeSH terms</h2><ul><li><button>Humans</button></li></ul></div>
          </main>
          <footer class="ncbi-footer">National Library of Medicine 8600 Rockville Pike</footer>
        </body>
        </html>
        """;

    [Fact]
    public void CurrentLayoutMetadataIsRead()
    {
        var document = Parsed.Document(CurrentPage, "page.html");
        var article = document.Article;

        Assert.Equal("pubmed-html", document.Format);
        Assert.Equal("Durable complete response to pembrolizumab in undifferentiated pleomorphic sarcoma: a case report", article.Title);
        Assert.Equal("Journal for immunotherapy of cancer", article.Journal);
        Assert.Equal(2023, article.Year);
        Assert.Equal("36791234", article.Pmid);
        Assert.Equal("PMC9934567", article.Pmcid);
        Assert.Equal("10.1136/jitc-2022-006012", article.Doi);
        Assert.Equal(["Daniel Y Reuben", "Maria L Ortega"], article.Authors);
        Assert.Equal(["Immunotherapy", "PD-L1", "Sarcoma"], article.Keywords);
        Assert.Equal(["Case Reports"], article.PublicationTypes);
    }

    [Fact]
    public void CurrentLayoutTextHoldsTheArticleAndNotTheSite()
    {
        var document = Parsed.Document(CurrentPage, "page.html");

        Assert.Equal(SectionKind.Case, Parsed.KindAt(document, "A 57-year-old man received pembrolizumab 200 mg every 3 weeks"));
        Assert.Equal(SectionKind.Abstract, Parsed.KindAt(document, "Undifferentiated pleomorphic sarcoma responds poorly"));
        Assert.Equal(SectionKind.Title, document.Sections[0].Kind);
        foreach (var absent in (string[])["Skip to main page content", "official website", "Nivolumab plus ipilimumab", "Cabozantinib", "Tawbi", "window.ncbi", "font-size", "Search in PubMed", "8600 Rockville"])
        {
            Assert.DoesNotContain(absent, document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OtherHtmlKeepsVisibleBodyTextWithHeadingsAsSections()
    {
        var html = """
            <html><head><title>Case report</title><style>p { color: red }</style><script>var x = "cisplatin";</script></head>
            <body>
              <nav><a href="/">Home</a> <a href="/journals">Journals</a></nav>
              <header><p>Site header</p></header>
              <h1>Late response to nivolumab</h1>
              <h2>Introduction</h2><p>Checkpoint inhibitors are widely used.</p>
              <h2>Case presentation</h2><p>A 64-year-old woman received nivolumab.</p>
              <figure><img src="a.png"><figcaption>Figure 1. CT scan after four cycles.</figcaption></figure>
              <h2>Discussion</h2><p>Our patient responded late.</p>
              <h2>References</h2><ol><li>Smith J. Ipilimumab trial.</li></ol>
              <footer>Copyright 2024 Example Press</footer>
            </body></html>
            """;

        var document = Parsed.Document(html, "page.html");

        Assert.Equal("html", document.Format);
        Assert.Equal("Late response to nivolumab", document.Article.Title);
        Assert.Equal(SectionKind.Introduction, Parsed.KindAt(document, "Checkpoint inhibitors are widely used."));
        Assert.Equal(SectionKind.Case, Parsed.KindAt(document, "A 64-year-old woman received nivolumab."));
        Assert.Equal(SectionKind.Caption, Parsed.KindAt(document, "CT scan after four cycles."));
        Assert.Equal(SectionKind.Discussion, Parsed.KindAt(document, "Our patient responded late."));
        Assert.Equal(SectionKind.References, Parsed.KindAt(document, "Ipilimumab trial."));
        foreach (var absent in (string[])["cisplatin", "color: red", "Journals", "Site header", "Copyright 2024"])
        {
            Assert.DoesNotContain(absent, document.Text, StringComparison.Ordinal);
        }
    }
}
