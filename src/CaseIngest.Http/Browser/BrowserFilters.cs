using CaseIngest.Core.Model;

namespace CaseIngest.Http.Browser;

/// <summary>The case browser's filters, in the order the page shows them: a new filter is one line here.</summary>
internal static class BrowserFilters
{
    /// <summary>Free text looked for in the article title (not a facet, and not a filter of the query API).</summary>
    public const string TitleText = "q";

    private const string Marker = "marker";
    private const string MarkerResult = "markerResult";

    public static IReadOnlyList<BrowserFilter> All { get; } =
    [
        new("drug", "Drug", (r, _) => r.Drugs.Select(d => d.Name)),
        new("status", "Drug status", (r, s) => r.Drugs.Where(d => s.Matches("drug", d.Name)).Select(d => d.Status)),
        new(Marker, "Marker", (r, _) => r.Markers.Select(m => m.Name)),
        new(MarkerResult, "Marker result", (r, s) => s[Marker] is null ? [] : r.Markers.Where(m => s.Matches(Marker, m.Name)).Select(m => m.Result),
            "the result of the marker given (positive, negative, mutated …), as the API's marker=PD-L1:positive; needs a marker."),
        new("outcome", "Outcome", (r, _) => r.Outcomes.Select(o => o.Kind)),
        new("diagnosis", "Diagnosis", (r, _) => r.Diagnoses.Select(d => d.Name), "with its subtypes (sarcoma: every sarcoma in every tissue)."),
        new("ae", "Adverse event", (r, _) => r.AdverseEvents.Select(a => a.Term)),
        new("year", "Year", (r, _) => [r.Article.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)]),
    ];

    /// <summary>Every parameter the page reads from its URL (filters, title text), in a stable order.</summary>
    public static IReadOnlyList<string> Parameters { get; } = [.. All.Select(f => f.Parameter), TitleText];

    /// <summary>
    /// The parameters of <c>GET /api/cases</c> for a selection: each filter under its own name, except the marker
    /// result, which the API takes after the marker (<c>marker=PD-L1:positive</c>) and which needs a marker.
    /// </summary>
    public static bool TryQueryParameters(SearchSelection selection, out Dictionary<string, IReadOnlyList<string>> parameters, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(selection);
        parameters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var filter in All)
        {
            if (filter.Parameter != MarkerResult && selection[filter.Parameter] is { } value)
            {
                parameters[filter.Parameter] = [value];
            }
        }

        if (selection[MarkerResult] is { } result)
        {
            if (selection[Marker] is not { } marker || marker.Contains(',', StringComparison.Ordinal))
            {
                errors[MarkerResult] = ["A marker result needs one marker to apply to: choose a marker too (marker=PD-L1, markerResult=positive)."];
            }
            else
            {
                parameters[Marker] = [marker + ":" + result];
            }
        }

        return errors.Count == 0;
    }
}
