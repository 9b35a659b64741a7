using System.Runtime.CompilerServices;
using CaseIngest.Application;
using CaseIngest.Core.Model;
using CaseIngest.Core.Vocabulary;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Http.Browser;

/// <summary>
/// The browser's search over the query API: every filter goes to the API (as <c>GET /api/cases</c> reads it), the
/// records of its answer are read, the title text (which the API does not know) is applied to them, and the facet
/// counts are taken over what is left, so they follow the selection and agree with the API.
/// </summary>
internal sealed class CaseSearch(CaseQueries queries, CaseStore store)
{
    /// <summary>Most records one page view reads; the export has no such limit.</summary>
    public const int MaxMatches = 500;

    private const int CandidatePage = 200;
    private const int ReadParallelism = 16;

    public async Task<SearchResult> RunAsync(SearchSelection selection, CancellationToken cancellationToken)
    {
        var matches = new List<CaseRecord>();
        var truncated = false;
        await foreach (var (records, errors, more) in PagesAsync(selection, cancellationToken).ConfigureAwait(false))
        {
            if (errors is not null)
            {
                return SearchResult.Invalid(errors);
            }

            matches.AddRange(records);
            if (matches.Count >= MaxMatches)
            {
                truncated = more || matches.Count > MaxMatches;
                matches = matches[..MaxMatches];
                break;
            }
        }

        return new SearchResult(matches, Facets(matches, AsRecordsName(selection)), truncated);
    }

    /// <summary>The selection with its drug and marker as records name them (CD274 is PD-L1), for the facets that follow them.</summary>
    private static SearchSelection AsRecordsName(SearchSelection selection)
    {
        var vocabulary = QueryVocabulary.Default;
        foreach (var (name, read) in new (string, Func<string, Interpretation>)[] { ("drug", vocabulary.Drug), ("marker", vocabulary.Marker) })
        {
            if (selection[name] is { } value && !value.Contains(',', StringComparison.Ordinal))
            {
                var colon = value.LastIndexOf(':');
                selection = selection.With(name, read(colon > 0 ? value[..colon] : value).As);
            }
        }

        return selection;
    }

    /// <summary>Every matching record, page by page (for the export); null errors when the selection is valid.</summary>
    public async IAsyncEnumerable<(IReadOnlyList<CaseRecord> Records, IReadOnlyDictionary<string, string[]>? Errors, bool More)> PagesAsync(
        SearchSelection selection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (!BrowserFilters.TryQueryParameters(selection, out var parameters, out var invalid))
        {
            yield return ([], invalid, false);
            yield break;
        }

        string? token = null;
        do
        {
            var page = new Dictionary<string, IReadOnlyList<string>>(parameters, StringComparer.Ordinal)
            {
                ["top"] = [CandidatePage.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            };
            if (token is not null)
            {
                page["continuationToken"] = [token];
            }

            var answer = await queries.ListCasesAsync(new CaseQueryInput { Parameters = page }, cancellationToken).ConfigureAwait(false);
            if (answer.Status != QueryStatus.Ok)
            {
                yield return ([], answer.Errors ?? new Dictionary<string, string[]> { ["query"] = [answer.Title ?? "The query failed."] }, false);
                yield break;
            }

            var list = (CaseListResponse)answer.Value!;
            token = list.ContinuationToken;
            var records = await ReadAsync(list.Items, cancellationToken).ConfigureAwait(false);
            yield return ([.. records.Where(r => Keeps(r, selection))], null, token is not null);
        }
        while (token is not null);
    }

    /// <summary>Whether a record passes the title text, the one filter the query API does not apply.</summary>
    public static bool Keeps(CaseRecord record, SearchSelection selection)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(selection);
        var text = selection[BrowserFilters.TitleText];
        return text is null || (record.Article.Title ?? record.Document.Name).Contains(text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Per filter, its values over <paramref name="records"/> with how many records have each, most frequent first.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets(IReadOnlyList<CaseRecord> records, SearchSelection selection)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var filter in BrowserFilters.All)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                foreach (var value in filter.Values(record, selection).OfType<string>().Where(v => v.Length > 0).Select(IndexKeys.Normalize).Distinct(StringComparer.Ordinal))
                {
                    counts[value] = counts.GetValueOrDefault(value) + 1;
                }
            }

            facets[filter.Parameter] = [.. counts.Select(c => new FacetCount(c.Key, c.Value)).OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)];
        }

        return facets;
    }

    private async Task<IReadOnlyList<CaseRecord>> ReadAsync(IReadOnlyList<CaseSummary> items, CancellationToken cancellationToken)
    {
        var records = new CaseRecord?[items.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), options, async (i, token) =>
            records[i] = await store.GetAsync(items[i].Id, token).ConfigureAwait(false)).ConfigureAwait(false);
        return [.. records.OfType<CaseRecord>()];
    }
}
