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
    /// <summary>Point reads of the summaries of one page in flight at once.</summary>
    private const int SummaryParallelism = 32;

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
        var filters = PartitionsOf(query).Select(p => IndexFilter.Any([p])).Concat(query.Filters).ToList();
        if (filters.Count == 0)
        {
            // Every article: the one partition that holds each article once.
            filters.Add(IndexFilter.Any([IndexKeys.AllPartition]));
        }

        return await IntersectAsync(filters, top, after, cancellationToken).ConfigureAwait(false);
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

    private async Task<CasePage> IntersectAsync(IReadOnlyList<IndexFilter> filters, int top, string? after, CancellationToken cancellationToken)
    {
        if (filters.Count == 1 && filters[0] is { IsRange: false, Partitions.Count: 1 } single)
        {
            var partition = single.Partitions[0];
            // One partition: its first rows are the page, summaries included (index rows carry them).
            var rows = new List<TableEntity>(top + 1);
            await foreach (var row in QueryPartitionAsync(partition, after, null, top + 1, CaseEntityMapper.IndexSummaryColumns, cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row);
                if (rows.Count > top)
                {
                    break;
                }
            }

            var more = rows.Count > top;
            var page = more ? rows[..top] : rows;
            return await PageAsync(page, more ? page[^1].RowKey : null, cancellationToken).ConfigureAwait(false);
        }

        var cursors = filters.Select(f => Cursor(f, after, (top + 1) * 2, cancellationToken)).ToArray();
        var (ids, last) = await MergeAsync(cursors, top + 1, cancellationToken).ConfigureAwait(false);
        var hasMore = ids.Count > top;
        var pageIds = hasMore ? ids[..top] : ids;
        if (pageIds.Count == 0)
        {
            return new CasePage([], null);
        }

        // The summaries: the partition with the fewest rows between the first and the last id of the page, read once.
        var wanted = pageIds.ToHashSet(StringComparer.Ordinal);
        var found = new System.Collections.Concurrent.ConcurrentDictionary<string, TableEntity>(StringComparer.Ordinal);
        if (cursors[last].Partition is { } sparsest)
        {
            await foreach (var row in QueryPartitionAsync(sparsest, null, (pageIds[0], pageIds[^1]), 1000, CaseEntityMapper.IndexSummaryColumns, cancellationToken).ConfigureAwait(false))
            {
                if (wanted.Contains(row.RowKey))
                {
                    found[row.RowKey] = row;
                }
            }
        }
        else
        {
            // Only OR groups and ranges: the summaries are point reads of the rows every article has.
            var options = new ParallelOptions { MaxDegreeOfParallelism = SummaryParallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(pageIds, options, async (id, token) =>
            {
                var response = await _tables.Index.GetEntityIfExistsAsync<TableEntity>(IndexKeys.AllPartition, id, CaseEntityMapper.IndexSummaryColumns, token).ConfigureAwait(false);
                if (response.HasValue && response.Value is { } row)
                {
                    found[id] = row;
                }
            }).ConfigureAwait(false);
        }

        return await PageAsync([.. pageIds.Where(found.ContainsKey).Select(id => found[id])], hasMore ? pageIds[^1] : null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The ids in every partition, in order, up to <paramref name="limit"/>: a merge join over the partitions, each read
    /// in RowKey order (all first pages at once, then up to 1,000 keys a page), so a rare value next to a common one costs
    /// a few pages, not a request per candidate. Also returns which partition had the fewest rows in the matched range.
    /// </summary>
    private IIdCursor Cursor(IndexFilter filter, string? after, int firstPage, CancellationToken cancellationToken)
    {
        if (filter.IsRange)
        {
            return new RangeCursor(_tables.Index, filter.From!, filter.To!, after, cancellationToken);
        }

        var cursors = filter.Partitions.Select(p => (IIdCursor)new KeyCursor(_tables.Index, p, after, firstPage, cancellationToken)).ToList();
        return cursors.Count == 1 ? cursors[0] : new UnionCursor(cursors);
    }

    private static async Task<(List<string> Ids, int Sparsest)> MergeAsync(IIdCursor[] cursors, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ids = new List<string>(limit);
        var inRange = new int[cursors.Length];
        var started = await Task.WhenAll(cursors.Select(c => c.MoveNextAsync().AsTask())).ConfigureAwait(false);
        if (!Array.TrueForAll(started, s => s))
        {
            return (ids, 0);
        }

        while (ids.Count < limit)
        {
            var highest = cursors[0].Current;
            foreach (var cursor in cursors)
            {
                if (string.CompareOrdinal(cursor.Current, highest) > 0)
                {
                    highest = cursor.Current;
                }
            }

            var aligned = true;
            for (var k = 0; k < cursors.Length && aligned; k++)
            {
                while (string.CompareOrdinal(cursors[k].Current, highest) < 0)
                {
                    if (ids.Count > 0)
                    {
                        inRange[k]++;
                    }

                    if (!await cursors[k].MoveNextAsync().ConfigureAwait(false))
                    {
                        return (ids, Sparsest(inRange, cursors));
                    }
                }

                aligned = cursors[k].Current == highest;
            }

            if (!aligned)
            {
                continue;
            }

            ids.Add(highest);
            for (var k = 0; k < cursors.Length; k++)
            {
                inRange[k]++;
                if (ids.Count < limit && !await cursors[k].MoveNextAsync().ConfigureAwait(false))
                {
                    return (ids, Sparsest(inRange, cursors));
                }
            }
        }

        return (ids, Sparsest(inRange, cursors));
    }

    /// <summary>The single-partition cursor with the fewest rows in the matched range (its rows carry the summaries), else the first.</summary>
    private static int Sparsest(int[] counts, IIdCursor[] cursors)
    {
        var best = -1;
        for (var k = 0; k < cursors.Length; k++)
        {
            if (cursors[k].Partition is not null && (best < 0 || counts[k] < counts[best]))
            {
                best = k;
            }
        }

        return Math.Max(best, 0);
    }

    private IAsyncEnumerable<TableEntity> QueryPartitionAsync(string partition, string? after, (string From, string To)? range, int pageSize, IEnumerable<string> select, CancellationToken cancellationToken)
    {
        var filter = range is { } r
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {r.From} and RowKey le {r.To}")
            : KeyCursor.Filter(partition, after);
        return _tables.Index.QueryAsync<TableEntity>(filter, maxPerPage: pageSize, select: select, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The page from its index rows. Rows written before index rows carried the summary columns are completed by point
    /// reads of their case rows; such a row whose record is not written yet is skipped (the token still moves past it).
    /// </summary>
    private async Task<CasePage> PageAsync(IReadOnlyList<TableEntity> rows, string? resumeAfter, CancellationToken cancellationToken)
    {
        var summaries = new CaseSummary?[rows.Count];
        var missing = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (CaseEntityMapper.HasSummary(rows[i]))
            {
                summaries[i] = CaseEntityMapper.ToSummary(rows[i], rows[i].RowKey);
            }
            else
            {
                missing.Add(i);
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = SummaryParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(missing, options, async (i, token) =>
        {
            var response = await _tables.Cases.GetEntityIfExistsAsync<TableEntity>(rows[i].RowKey, CaseEntityMapper.Row, CaseEntityMapper.SummaryColumns, token).ConfigureAwait(false);
            summaries[i] = response.HasValue && response.Value is { } entity ? CaseEntityMapper.ToSummary(entity) : null;
        }).ConfigureAwait(false);
        return new CasePage([.. summaries.OfType<CaseSummary>()], resumeAfter is null ? null : ContinuationTokens.Create(resumeAfter));
    }

}
