using Azure.Data.Tables;

namespace CaseIngest.Storage;

/// <summary>
/// The RowKeys of one CaseIndex partition in ascending order, one at a time. The first page is small (most pages of
/// results are found near the start); later pages hold up to 1,000 keys, each asked for after the last key read.
/// </summary>
internal sealed class KeyCursor(TableClient index, string partition, string? after, int firstPage, CancellationToken cancellationToken) : IIdCursor
{
    public string? Partition => partition;

    private const int PageSize = 1000;
    private static readonly string[] KeyOnly = ["RowKey"];

    private IReadOnlyList<TableEntity> _page = [];
    private int _position;
    private int _pageSize = Math.Clamp(firstPage, 1, PageSize);
    private string? _after = after;
    private bool _exhausted;

    public string Current { get; private set; } = "";

    public async ValueTask<bool> MoveNextAsync()
    {
        while (_position >= _page.Count)
        {
            if (_exhausted)
            {
                return false;
            }

            await ReadPageAsync().ConfigureAwait(false);
        }

        Current = _page[_position++].RowKey;
        return true;
    }

    /// <summary>The rows of an index partition, after a record id when one is given.</summary>
    public static string Filter(string partition, string? after) => after is null
        ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
        : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {after}");

    private async Task ReadPageAsync()
    {
        var filter = Filter(partition, _after);
        _page = [];
        _position = 0;
        _exhausted = true;
        await foreach (var page in index.QueryAsync<TableEntity>(filter, maxPerPage: _pageSize, select: KeyOnly, cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
        {
            _page = page.Values;
            _exhausted = page.ContinuationToken is null;
            break;
        }

        if (_page.Count > 0)
        {
            _after = _page[^1].RowKey;
        }

        _pageSize = PageSize;
    }
}
