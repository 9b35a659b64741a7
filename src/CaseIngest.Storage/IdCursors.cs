using Azure.Data.Tables;

namespace CaseIngest.Storage;

/// <summary>Ascending RowKeys (article ids) a query condition admits, one at a time.</summary>
internal interface IIdCursor
{
    string Current { get; }

    /// <summary>Whether the cursor reads one partition (its rows then carry the summaries of the ids it gives).</summary>
    string? Partition { get; }

    ValueTask<bool> MoveNextAsync();
}

/// <summary>The ids in any of several cursors, each once, in order: an OR of partitions.</summary>
internal sealed class UnionCursor(IReadOnlyList<IIdCursor> cursors) : IIdCursor
{
    private readonly bool[] _live = new bool[cursors.Count];
    private bool _started;

    public string Current { get; private set; } = "";

    public string? Partition => null;

    public async ValueTask<bool> MoveNextAsync()
    {
        if (!_started)
        {
            _started = true;
            // the first pages all at once: a histology word ORs dozens of partitions
            var started = await Task.WhenAll(cursors.Select(c => c.MoveNextAsync().AsTask())).ConfigureAwait(false);
            started.CopyTo(_live, 0);
        }
        else
        {
            for (var i = 0; i < cursors.Count; i++)
            {
                while (_live[i] && string.CompareOrdinal(cursors[i].Current, Current) <= 0)
                {
                    _live[i] = await cursors[i].MoveNextAsync().ConfigureAwait(false);
                }
            }
        }

        string? lowest = null;
        for (var i = 0; i < cursors.Count; i++)
        {
            if (_live[i] && (lowest is null || string.CompareOrdinal(cursors[i].Current, lowest) < 0))
            {
                lowest = cursors[i].Current;
            }
        }

        if (lowest is null)
        {
            return false;
        }

        Current = lowest;
        return true;
    }
}

/// <summary>
/// The ids of every partition in a PartitionKey range (ages, marker values): read once with one range query, kept
/// sorted and distinct. Bounded by the articles that hold a value in the range.
/// </summary>
internal sealed class RangeCursor(TableClient index, string from, string to, string? after, CancellationToken cancellationToken) : IIdCursor
{
    private List<string>? _ids;
    private int _position = -1;

    public string Current => _ids![_position];

    public string? Partition => null;

    public async ValueTask<bool> MoveNextAsync()
    {
        if (_ids is null)
        {
            var filter = after is null
                ? TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to}")
                : TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to} and RowKey gt {after}");
            var ids = new SortedSet<string>(StringComparer.Ordinal);
            await foreach (var row in index.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                ids.Add(row.RowKey);
            }

            _ids = [.. ids];
        }

        return ++_position < _ids.Count;
    }
}
