using CaseIngest.Core.Model;
using CaseIngest.Storage;

namespace CaseIngest.Http.Browser;

/// <summary>
/// What the browser shows for a selection: the matching records (at most <see cref="CaseSearch.MaxMatches"/>;
/// <see cref="Truncated"/> says there were more), facet counts over them by filter parameter, or the reasons the
/// selection is not valid.
/// </summary>
internal sealed record SearchResult(
    IReadOnlyList<CaseRecord> Matches,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    bool Truncated,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static SearchResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new([], new Dictionary<string, IReadOnlyList<FacetCount>>(), false, errors);
}
