using System.Globalization;
using System.Text;
using CaseIngest.Core.Model;
using CaseIngest.Storage;

namespace CaseIngest.Http.Browser;

/// <summary>
/// The search page: the filter form (one field per filter, generic), facet counts beside it as links that refine
/// the selection, the current page of matches with export links, and the rejected documents.
/// </summary>
internal static class SearchPage
{
    public const int PageSize = 20;
    private const int FacetValuesShown = 12;

    public static string Render(SearchSelection selection, SearchResult result, RejectionPage? rejections)
    {
        var html = new StringBuilder();
        html.Append("<h1>Case reports</h1>");
        Form(html, selection, result);
        if (result.Errors is not null)
        {
            html.Append("<div class=\"errors\" role=\"alert\"><h2>The search is not valid</h2><ul>");
            foreach (var (parameter, messages) in result.Errors)
            {
                html.Append("<li><strong>").Append(Html.E(parameter)).Append("</strong>: ").Append(Html.E(string.Join(" ", messages))).Append("</li>");
            }

            html.Append("</ul></div>");
        }

        html.Append("<div class=\"layout\">");
        Facets(html, selection, result);
        Results(html, selection, result);
        html.Append("</div>");
        Rejections(html, rejections);
        return PageLayout.Wrap("Case reports", selection.Key, html.ToString());
    }

    private static void Form(StringBuilder html, SearchSelection selection, SearchResult result)
    {
        html.Append("<form class=\"filters\" role=\"search\" aria-label=\"Filter cases\" method=\"get\" action=\"/\">");
        foreach (var filter in BrowserFilters.All)
        {
            var id = "f-" + Html.Id(filter.Parameter);
            html.Append("<div class=\"field\"><label for=\"").Append(id).Append("\">").Append(Html.E(filter.Label)).Append("</label>")
                .Append("<input id=\"").Append(id).Append("\" name=\"").Append(Html.E(filter.Parameter)).Append("\" value=\"").Append(Html.E(selection[filter.Parameter]))
                .Append("\" list=\"").Append(id).Append("-values\" autocomplete=\"off\"><datalist id=\"").Append(id).Append("-values\">");
            foreach (var value in result.Facets.GetValueOrDefault(filter.Parameter) ?? [])
            {
                html.Append("<option value=\"").Append(Html.E(value.Value)).Append("\"></option>");
            }

            html.Append("</datalist></div>");
        }

        html.Append("<div class=\"field wide\"><label for=\"f-q\">Title contains</label><input id=\"f-q\" type=\"search\" name=\"")
            .Append(BrowserFilters.TitleText).Append("\" value=\"").Append(Html.E(selection[BrowserFilters.TitleText])).Append("\"></div>");
        if (selection.Key is not null)
        {
            html.Append("<input type=\"hidden\" name=\"code\" value=\"").Append(Html.E(selection.Key)).Append("\">");
        }

        html.Append("<div class=\"actions\"><button type=\"submit\">Search</button> <a href=\"/")
            .Append(Html.E(selection.Key is null ? "" : "?code=" + Uri.EscapeDataString(selection.Key))).Append("\">Clear all</a></div></form>");
    }

    private static void Facets(StringBuilder html, SearchSelection selection, SearchResult result)
    {
        html.Append("<aside class=\"facets\" aria-labelledby=\"facets-heading\"><h2 id=\"facets-heading\">Refine</h2>");
        foreach (var filter in BrowserFilters.All)
        {
            var values = result.Facets.GetValueOrDefault(filter.Parameter) ?? [];
            var selected = selection[filter.Parameter];
            if (values.Count == 0 && selected is null)
            {
                continue;
            }

            html.Append("<section class=\"facet\" data-facet=\"").Append(Html.E(filter.Parameter)).Append("\"><h3>").Append(Html.E(filter.Label)).Append("</h3><ul>");
            if (selected is not null)
            {
                var count = values.FirstOrDefault(v => selection.Matches(filter.Parameter, v.Value))?.Count ?? 0;
                html.Append("<li class=\"selected\"><a href=\"/").Append(Html.E(selection.With(filter.Parameter, null).ToQueryString()))
                    .Append("\" aria-label=\"Remove filter ").Append(Html.E(filter.Label)).Append(' ').Append(Html.E(selected)).Append("\">")
                    .Append(Html.E(selected)).Append(" <span aria-hidden=\"true\">×</span></a> ").Append(Count(count)).Append("</li>");
            }

            foreach (var value in values.Where(v => !selection.Matches(filter.Parameter, v.Value) || selected is null).Take(FacetValuesShown))
            {
                html.Append("<li><a href=\"/").Append(Html.E(selection.With(filter.Parameter, value.Value).ToQueryString())).Append("\">")
                    .Append(Html.E(value.Value)).Append("</a> ").Append(Count(value.Count)).Append("</li>");
            }

            html.Append("</ul></section>");
        }

        html.Append("</aside>");
    }

    private static string Count(int count) =>
        "<span class=\"count\">" + count.ToString(CultureInfo.InvariantCulture) + "<span class=\"sr-only\"> " + (count == 1 ? "case" : "cases") + "</span></span>";

    private static void Results(StringBuilder html, SearchSelection selection, SearchResult result)
    {
        var total = result.Matches.Count;
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Min(selection.Page, pages);
        html.Append("<section class=\"results\" aria-labelledby=\"results-heading\"><h2 id=\"results-heading\">")
            .Append(total.ToString(CultureInfo.InvariantCulture)).Append(result.Truncated ? "+" : "").Append(total == 1 ? " case" : " cases").Append("</h2>");
        if (result.Truncated)
        {
            html.Append("<p class=\"note\">Counts cover the first ").Append(CaseSearch.MaxMatches.ToString(CultureInfo.InvariantCulture))
                .Append(" matches; narrow the search, or export to get every match.</p>");
        }

        var exportQuery = selection.ToQueryString(includePage: false);
        var separator = exportQuery.Length == 0 ? "?" : exportQuery + "&";
        html.Append("<p class=\"export\">Export this result: <a download href=\"").Append(BrowserRoutes.Export).Append(Html.E(separator)).Append("format=csv\">CSV</a> · ")
            .Append("<a download href=\"").Append(BrowserRoutes.Export).Append(Html.E(separator)).Append("format=jsonl\">JSON Lines</a></p>");
        html.Append("<ol class=\"cases\" start=\"").Append(((page - 1) * PageSize) + 1).Append("\">");
        foreach (var record in result.Matches.Skip((page - 1) * PageSize).Take(PageSize))
        {
            Item(html, record, selection.Key);
        }

        html.Append("</ol>");
        if (pages > 1)
        {
            html.Append("<nav class=\"pager\" aria-label=\"Result pages\">");
            if (page > 1)
            {
                html.Append("<a rel=\"prev\" href=\"/").Append(Html.E(selection.AtPage(page - 1).ToQueryString())).Append("\">Previous</a> ");
            }

            html.Append("<span aria-current=\"page\">Page ").Append(page).Append(" of ").Append(pages).Append("</span>");
            if (page < pages)
            {
                html.Append(" <a rel=\"next\" href=\"/").Append(Html.E(selection.AtPage(page + 1).ToQueryString())).Append("\">Next</a>");
            }

            html.Append("</nav>");
        }

        html.Append("</section>");
    }

    private static void Item(StringBuilder html, CaseRecord record, string? key)
    {
        var href = BrowserRoutes.CasePath(record.Id) + (key is null ? "" : "?code=" + Uri.EscapeDataString(key));
        html.Append("<li class=\"case\"><article><h3><a href=\"").Append(Html.E(href)).Append("\">").Append(Html.E(record.Article.Title ?? record.Document.Name)).Append("</a></h3>")
            .Append("<p class=\"meta\">").Append(Html.E(string.Join(" · ", new[] { record.Article.Journal, record.Article.Year?.ToString(CultureInfo.InvariantCulture), record.Document.Name }.Where(s => !string.IsNullOrEmpty(s))))).Append("</p><dl class=\"summary\">");
        Summary(html, "Drugs", record.Drugs.Select(d => d.Name));
        Summary(html, "Markers", record.Markers.Select(m => m.Result is null ? m.Name : m.Name + " " + m.Result));
        Summary(html, "Outcomes", record.Outcomes.Select(o => o.Kind));
        Summary(html, "Diagnoses", record.Diagnoses.Select(d => d.Name));
        Summary(html, "Adverse events", record.AdverseEvents.Select(a => a.Term));
        html.Append("</dl></article></li>");
    }

    private static void Summary(StringBuilder html, string label, IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count > 0)
        {
            html.Append("<div><dt>").Append(label).Append("</dt><dd>").Append(Html.E(string.Join(", ", distinct))).Append("</dd></div>");
        }
    }

    private static void Rejections(StringBuilder html, RejectionPage? rejections)
    {
        html.Append("<section class=\"rejections\" aria-labelledby=\"rejections-heading\"><h2 id=\"rejections-heading\">Rejected documents</h2>");
        if (rejections is null || rejections.Items.Count == 0)
        {
            html.Append("<p>None.</p></section>");
            return;
        }

        html.Append("<table><caption>Documents that could not be read, and why</caption><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Code</th><th scope=\"col\">Reason</th><th scope=\"col\">Rejected at</th></tr></thead><tbody>");
        foreach (var item in rejections.Items)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(item.Name)).Append("</th><td><code>").Append(Html.E(item.Code)).Append("</code></td><td>")
                .Append(Html.E(item.Message)).Append("</td><td>").Append(Html.E(item.RejectedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        if (rejections.ContinuationToken is not null)
        {
            html.Append("<p>More in <a href=\"/api/rejections\">/api/rejections</a>.</p>");
        }

        html.Append("</section>");
    }
}
