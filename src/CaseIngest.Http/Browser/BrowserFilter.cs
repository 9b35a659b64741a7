using CaseIngest.Core.Model;

namespace CaseIngest.Http.Browser;

/// <summary>
/// One filter of the case browser: its query parameter, its label, and the values a record has for it (given the
/// whole selection, so a drug's status is read for the selected drug). <see cref="ByQueryApi"/> filters go to the
/// query API; the others are applied to the records it returns.
/// </summary>
internal sealed record BrowserFilter(string Parameter, string Label, Func<CaseRecord, SearchSelection, IEnumerable<string?>> Values, bool ByQueryApi);
