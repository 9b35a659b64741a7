using Azure.Data.Tables;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage;

/// <summary>
/// Reads across records: filtered, paged case lists (CaseIndex partitions intersected), facet counts and
/// rejections. Pages resume after the last id returned, so tokens stay valid while records are added.
/// </summary>
public sealed class CaseCatalog
{
    private const int Parallelism = 8;

    /// <summary>Point reads of the summaries of one page in flight at once.</summary>
    private const int SummaryParallelism = 32;

    /// <summary>Up to this many candidates are checked by point reads; more by a range query per partition.</summary>
    private const int PointReadLimit = 16;

    private readonly StorageTables _tables;

    public CaseCatalog(StorageTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = tables;
    }

    /// <summary>The index partitions a query must match, most selective facets first.</summary>
    public static IReadOnlyList<string> PartitionsOf(CaseQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var partitions = new List<string>();
        void Add(string facet, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                partitions.Add(IndexKeys.Partition(facet, value));
            }
        }

        Add(IndexFacet.Doi, query.Doi);
        Add(IndexFacet.Pmid, query.Pmid);
        var drugWithStatus = !string.IsNullOrWhiteSpace(query.Drug) && !string.IsNullOrWhiteSpace(query.Status);
        if (drugWithStatus)
        {
            partitions.Add(IndexKeys.DrugStatusPartition(query.Drug!, query.Status!));
        }
        else
        {
            Add(IndexFacet.Drug, query.Drug);
        }

        Add(IndexFacet.Marker, query.Marker);
        Add(IndexFacet.Outcome, query.Outcome);
        Add(IndexFacet.Diagnosis, query.Diagnosis);
        if (!drugWithStatus)
        {
            // A status alone matches most records: it is checked last, never scanned first when anything else is given.
            Add(IndexFacet.Status, query.Status);
        }

        return partitions;
    }

    public async Task<CasePage> QueryAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var top = Math.Clamp(query.Top, 1, CaseQuery.MaxTop);
        var after = ContinuationTokens.Read(query.ContinuationToken);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partitions = PartitionsOf(query);
        return partitions.Count == 0
            ? await ScanAsync(top, after, cancellationToken).ConfigureAwait(false)
            : await IntersectAsync(partitions, top, after, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FacetCount>> FacetAsync(string facet, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(facet);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var (from, to) = IndexKeys.FacetRange(facet);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to}");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in _tables.Index.QueryAsync<TableEntity>(filter, select: ["Value"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var value = row.GetString("Value") ?? "";
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        return [.. counts.Select(p => new FacetCount(p.Key, p.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];
    }

    public async Task<RejectionPage> RejectionsAsync(int top, string? continuationToken, CancellationToken cancellationToken = default)
    {
        top = Math.Clamp(top, 1, CaseQuery.MaxTop);
        var after = ContinuationTokens.Read(continuationToken);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = after is null
            ? TableClient.CreateQueryFilter($"RowKey eq {RejectionEntity.Row}")
            : TableClient.CreateQueryFilter($"PartitionKey gt {after} and RowKey eq {RejectionEntity.Row}");
        var items = new List<RejectionInfo>(top);
        var more = false;
        await foreach (var row in _tables.Rejections.QueryAsync<RejectionEntity>(filter, maxPerPage: Math.Min(top + 1, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (items.Count == top)
            {
                more = true;
                break;
            }

            items.Add(new RejectionInfo(row.PartitionKey, row.Name, row.Code, row.Message, row.Sha256, row.RejectedAt));
        }

        return new RejectionPage(items, more ? ContinuationTokens.Create(items[^1].Id) : null);
    }

    private async Task<CasePage> ScanAsync(int top, string? after, CancellationToken cancellationToken)
    {
        var filter = after is null
            ? TableClient.CreateQueryFilter($"RowKey eq {CaseEntityMapper.Row}")
            : TableClient.CreateQueryFilter($"PartitionKey gt {after} and RowKey eq {CaseEntityMapper.Row}");
        var items = new List<CaseSummary>(top);
        var more = false;
        await foreach (var row in _tables.Cases.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(top + 1, 1000), select: CaseEntityMapper.SummaryColumns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (items.Count == top)
            {
                more = true;
                break;
            }

            items.Add(CaseEntityMapper.ToSummary(row));
        }

        return new CasePage(items, more ? ContinuationTokens.Create(items[^1].Id) : null);
    }

    private async Task<CasePage> IntersectAsync(IReadOnlyList<string> partitions, int top, string? after, CancellationToken cancellationToken)
    {
        var driver = partitions[0];
        var others = partitions.Skip(1).ToArray();
        var filter = after is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {driver}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {driver} and RowKey gt {after}");
        var ids = new List<string>(top + 1);
        var chunk = others.Length == 0 ? Math.Min(top + 1, 1000) : Math.Clamp((top + 1) * 2, 64, 1000);

        // Index rows carry the summary columns: the rows of the driving partition are the page's summaries.
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        var candidates = new List<string>(chunk);
        await foreach (var row in _tables.Index.QueryAsync<TableEntity>(filter, maxPerPage: chunk, select: CaseEntityMapper.IndexSummaryColumns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            candidates.Add(row.RowKey);
            rows[row.RowKey] = row;
            if (candidates.Count == chunk)
            {
                await KeepMatchingAsync(candidates, others, ids, top + 1, cancellationToken).ConfigureAwait(false);
                Forget(rows, candidates, ids);
                candidates.Clear();
                if (ids.Count > top)
                {
                    break;
                }
            }
        }

        if (ids.Count <= top && candidates.Count > 0)
        {
            await KeepMatchingAsync(candidates, others, ids, top + 1, cancellationToken).ConfigureAwait(false);
        }

        var more = ids.Count > top;
        var page = more ? ids[..top] : ids;
        var summaries = new CaseSummary?[page.Count];
        var missing = new List<int>();
        for (var i = 0; i < page.Count; i++)
        {
            if (CaseEntityMapper.HasSummary(rows[page[i]]))
            {
                summaries[i] = CaseEntityMapper.ToSummary(rows[page[i]], page[i]);
            }
            else
            {
                missing.Add(i);
            }
        }

        // Index rows written without the summary columns: those summaries are point reads of the case rows, many at once.
        var summaryOptions = new ParallelOptions { MaxDegreeOfParallelism = SummaryParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(missing, summaryOptions, async (i, token) =>
        {
            var response = await _tables.Cases.GetEntityIfExistsAsync<TableEntity>(page[i], CaseEntityMapper.Row, CaseEntityMapper.SummaryColumns, token).ConfigureAwait(false);
            summaries[i] = response.HasValue && response.Value is { } entity ? CaseEntityMapper.ToSummary(entity) : null;
        }).ConfigureAwait(false);

        // An old-style index row whose record is not written yet is skipped; the token still moves past it.
        return new CasePage([.. summaries.OfType<CaseSummary>()], more ? ContinuationTokens.Create(page[^1]) : null);
    }

    /// <summary>Drops the rows of a checked chunk that did not match, so a long scan holds only the matches.</summary>
    private static void Forget(Dictionary<string, TableEntity> rows, List<string> candidates, List<string> ids)
    {
        var kept = ids.ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (!kept.Contains(candidate))
            {
                rows.Remove(candidate);
            }
        }
    }

    /// <summary>
    /// Keeps the candidates that are in every other partition. A few candidates are looked up one by one; more are
    /// checked with one range query per partition over the candidates' id range (one request per page of up to
    /// 1,000 index rows instead of one request per candidate).
    /// </summary>
    private async Task KeepMatchingAsync(List<string> candidates, string[] others, List<string> ids, int limit, CancellationToken cancellationToken)
    {
        if (others.Length == 0)
        {
            ids.AddRange(candidates.Take(limit - ids.Count));
            return;
        }

        var matches = new bool[candidates.Count];
        if (candidates.Count <= PointReadLimit)
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, candidates.Count), Options(cancellationToken), async (i, token) =>
            {
                foreach (var partition in others)
                {
                    var row = await _tables.Index.GetEntityIfExistsAsync<TableEntity>(partition, candidates[i], ["RowKey"], token).ConfigureAwait(false);
                    if (!row.HasValue)
                    {
                        return;
                    }
                }

                matches[i] = true;
            }).ConfigureAwait(false);
        }
        else
        {
            var low = candidates.Min(StringComparer.Ordinal)!;
            var high = candidates.Max(StringComparer.Ordinal)!;
            var present = new HashSet<string>[others.Length];
            await Parallel.ForEachAsync(Enumerable.Range(0, others.Length), Options(cancellationToken), async (k, token) =>
            {
                var rows = new HashSet<string>(StringComparer.Ordinal);
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {others[k]} and RowKey ge {low} and RowKey le {high}");
                await foreach (var row in _tables.Index.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey"], cancellationToken: token).ConfigureAwait(false))
                {
                    rows.Add(row.RowKey);
                }

                present[k] = rows;
            }).ConfigureAwait(false);
            for (var i = 0; i < candidates.Count; i++)
            {
                matches[i] = Array.TrueForAll(present, rows => rows.Contains(candidates[i]));
            }
        }

        for (var i = 0; i < candidates.Count && ids.Count < limit; i++)
        {
            if (matches[i])
            {
                ids.Add(candidates[i]);
            }
        }
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
}
