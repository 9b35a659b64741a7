using CaseIngest.Core.Model;

namespace CaseIngest.Http.Browser;

/// <summary>
/// One filter of the case browser: its query parameter, its label, and the values a record has for it (given the
/// whole selection, so a drug's status is read for the selected drug). Every filter is a filter of the query API
/// (see <see cref="BrowserFilters.TryQueryParameters"/>), so the page, the API and the export select the same articles.
/// <see cref="Help"/> says more where the label does not.
/// </summary>
internal sealed record BrowserFilter(string Parameter, string Label, Func<CaseRecord, SearchSelection, IEnumerable<string?>> Values, string? Help = null);
