using System.Text.Json;
using System.Text.Json.Nodes;
using CaseIngest.Application;
using CaseIngest.Core.Json;
using CaseIngest.Storage;
using Microsoft.AspNetCore.Http;

namespace CaseIngest.Http.Browser;

/// <summary>
/// The case browser's request handlers, shared by the local host and the HTTP functions: the search page, a
/// case's page, the export, the API page and the static assets. Pages send a strict Content-Security-Policy.
/// </summary>
public static class BrowserHandlers
{
    private const int RejectionsShown = 20;

    public static async Task<IResult> SearchPageAsync(HttpRequest request, CaseQueries queries, CaseStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(queries);
        var selection = SearchSelection.From(request.Query);
        var result = await new CaseSearch(queries, store).RunAsync(selection, cancellationToken).ConfigureAwait(false);
        var rejections = await queries.ListRejectionsAsync(RejectionsShown.ToString(System.Globalization.CultureInfo.InvariantCulture), null, cancellationToken).ConfigureAwait(false);
        var html = SearchPage.Render(selection, result, rejections.Value as RejectionPage);
        return new HtmlPageResult(html, result.Errors is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    public static async Task<IResult> CasePageAsync(string id, HttpRequest request, CaseQueries queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(queries);
        var key = SearchSelection.From(request.Query).Key;
        var answer = await queries.GetCaseAsync(id, includeText: true, cancellationToken).ConfigureAwait(false);
        if (answer.Status == QueryStatus.Conflict)
        {
            answer = await queries.GetCaseAsync(id, includeText: false, cancellationToken).ConfigureAwait(false);
        }

        if (answer.Status != QueryStatus.Ok)
        {
            var status = answer.Status == QueryStatus.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status503ServiceUnavailable;
            var main = "<h1>" + Html.E(answer.Title) + "</h1><p>" + Html.E(answer.Detail) + "</p><p><a href=\"/\">All cases</a></p>";
            return new HtmlPageResult(PageLayout.Wrap(answer.Title ?? "Not found", key, main), status);
        }

        var json = (string)answer.Value!;
        var record = CaseJson.DeserializeRecord(json)!;
        var related = JsonNode.Parse(json)?["related"]?.Deserialize<List<RelatedCase>>(JsonSerializerOptions.Web) ?? [];
        return new HtmlPageResult(CaseView.Render(record, related, record.Document.Text, key));
    }

    /// <summary>The current selection's records as CSV or JSON Lines (<c>format=csv|jsonl</c>), streamed.</summary>
    public static IResult Export(HttpRequest request, CaseQueries queries, CaseStore store)
    {
        ArgumentNullException.ThrowIfNull(request);
        var format = RequestParameters.Query(request, "format") ?? ExportFormat.Csv;
        return ExportFormat.IsKnown(format)
            ? new ExportResult(new CaseSearch(queries, store), SearchSelection.From(request.Query), format)
            : AnswerResults.ToResult(QueryAnswer.Invalid("format", "format must be csv or jsonl."));
    }

    /// <summary>The interactive API page: operations read from the OpenAPI document, each with a form to try it.</summary>
    public static IResult ApiPage(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new HtmlPageResult(ApiPageView.Render(SearchSelection.From(request.Query).Key));
    }

    public static IResult Asset(string name) => StaticAssets.Find(name) is { } asset ? asset : TypedResults.NotFound();
}
