using CaseIngest.Core.Model;

namespace CaseIngest.Http.Browser;

/// <summary>The case browser's filters, in the order the page shows them: a new filter is one line here.</summary>
internal static class BrowserFilters
{
    /// <summary>Free text looked for in the article title (not a facet).</summary>
    public const string TitleText = "q";

    public static IReadOnlyList<BrowserFilter> All { get; } =
    [
        new("drug", "Drug", (r, _) => r.Drugs.Select(d => d.Name), ByQueryApi: true),
        new("status", "Drug status", (r, s) => r.Drugs.Where(d => s.Matches("drug", d.Name)).Select(d => d.Status), ByQueryApi: true),
        new("marker", "Marker", (r, _) => r.Markers.Select(m => m.Name), ByQueryApi: true),
        new("markerResult", "Marker result", (r, s) => r.Markers.Where(m => s.Matches("marker", m.Name)).Select(m => m.Result), ByQueryApi: false),
        new("outcome", "Outcome", (r, _) => r.Outcomes.Select(o => o.Kind), ByQueryApi: true),
        new("diagnosis", "Diagnosis", (r, _) => r.Diagnoses.Select(d => d.Name), ByQueryApi: true),
        new("ae", "Adverse event", (r, _) => r.AdverseEvents.Select(a => a.Term), ByQueryApi: false),
        new("year", "Year", (r, _) => [r.Article.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)], ByQueryApi: false),
    ];

    /// <summary>Every parameter the page reads from its URL (filters, title text), in a stable order.</summary>
    public static IReadOnlyList<string> Parameters { get; } = [.. All.Select(f => f.Parameter), TitleText];
}
