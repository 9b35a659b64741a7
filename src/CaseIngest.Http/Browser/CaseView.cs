using System.Text;
using CaseIngest.Core.Model;
using CaseIngest.Storage;

namespace CaseIngest.Http.Browser;

/// <summary>
/// One record's page: article metadata with links to PubMed, PMC and the DOI, the other records of the same
/// article, patients, the fact tables and, beside them, the document text with every fact's evidence marked.
/// </summary>
internal static class CaseView
{
    public static string Render(CaseRecord record, IReadOnlyList<RelatedCase> related, string? text, string? key)
    {
        ArgumentNullException.ThrowIfNull(record);
        var keyQuery = key is null ? "" : "?code=" + Uri.EscapeDataString(key);
        var marked = text is null ? null : EvidenceText.Mark(text, FactTables.Spans(record));
        var html = new StringBuilder();
        var title = record.Article.Title ?? record.Document.Name;
        html.Append("<p class=\"back\"><a href=\"/").Append(Html.E(keyQuery)).Append("\">All cases</a></p>")
            .Append("<h1>").Append(Html.E(title)).Append("</h1>");
        Article(html, record, related, keyQuery);
        html.Append("<div class=\"case-layout\"><div class=\"case-facts\">");
        FactTables.Patients(html, record.Patients);
        FactTables.Render(html, record, marked?.Targets ?? new Dictionary<string, string>());
        html.Append("</div><section class=\"document\" aria-labelledby=\"text-heading\"><h2 id=\"text-heading\">Document text</h2>");
        if (marked is null)
        {
            html.Append("<p class=\"note\">The text is not available: the document was changed or deleted after this record was extracted.</p>");
        }
        else
        {
            html.Append("<p class=\"legend\">Evidence is marked by kind: <mark data-kind=\"drug\">drug</mark> <mark data-kind=\"marker\">marker</mark> ")
                .Append("<mark data-kind=\"outcome\">outcome</mark> <mark data-kind=\"diagnosis\">diagnosis</mark> <mark data-kind=\"adverse-event\">adverse event</mark> ")
                .Append("<mark data-kind=\"radiotherapy\">radiotherapy</mark>.</p>")
                .Append("<div class=\"text\" tabindex=\"0\" aria-label=\"Document text with evidence marked\">").Append(marked.Html).Append("</div>");
        }

        html.Append("</section></div>");
        return PageLayout.Wrap(title, key, html.ToString());
    }

    private static void Article(StringBuilder html, CaseRecord record, IReadOnlyList<RelatedCase> related, string keyQuery)
    {
        var article = record.Article;
        html.Append("<section class=\"article\" aria-labelledby=\"article-heading\"><h2 id=\"article-heading\" class=\"sr-only\">Article</h2><dl>");
        Item(html, "Journal", Html.E(article.Journal));
        Item(html, "Year", Html.E(article.Year));
        Item(html, "Authors", Html.E(string.Join(", ", article.Authors)));
        Item(html, "PubMed", Link("https://pubmed.ncbi.nlm.nih.gov/", article.Pmid, "/"));
        Item(html, "PMC", Link("https://pmc.ncbi.nlm.nih.gov/articles/", article.Pmcid, "/"));
        Item(html, "DOI", Link("https://doi.org/", article.Doi, ""));
        Item(html, "Case report", article.IsCaseReport switch { true => "yes", false => "no (no patient facts are kept)", _ => "" });
        Item(html, "Document", Html.E(record.Document.Name + " (" + record.Document.Format + ")"));
        Item(html, "Record", "<code>" + Html.E(record.Id) + "</code> · <a href=\"/" + ApiRoutes.Prefix + "/cases/" + Html.E(Uri.EscapeDataString(record.Id)) + Html.E(keyQuery) + "\">JSON</a>");
        if (related.Count > 0)
        {
            Item(html, "Same article", string.Join(", ", related.Select(r =>
                "<a href=\"" + Html.E(BrowserRoutes.CasePath(r.Id) + keyQuery) + "\">" + Html.E(r.Name) + "</a> (by " + Html.E(r.Via) + ")")));
        }

        html.Append("</dl></section>");
    }

    private static void Item(StringBuilder html, string label, string valueHtml)
    {
        if (valueHtml.Length > 0)
        {
            html.Append("<div><dt>").Append(label).Append("</dt><dd>").Append(valueHtml).Append("</dd></div>");
        }
    }

    private static string Link(string prefix, string? id, string suffix) =>
        string.IsNullOrWhiteSpace(id) ? "" : "<a href=\"" + Html.E(prefix + Uri.EscapeDataString(id).Replace("%2F", "/", StringComparison.Ordinal) + suffix) + "\">" + Html.E(id) + "</a>";
}
