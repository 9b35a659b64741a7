using Azure.Data.Tables;

namespace CaseIngest.Storage;

/// <summary>The RowKeys of one index query, one at a time, in the order the table returns them (ascending).</summary>
internal sealed class KeyCursor(IAsyncEnumerable<TableEntity> rows) : IAsyncDisposable
{
    private readonly IAsyncEnumerator<TableEntity> _rows = rows.GetAsyncEnumerator();

    public string Current { get; private set; } = "";

    public async ValueTask<bool> MoveNextAsync()
    {
        if (!await _rows.MoveNextAsync().ConfigureAwait(false))
        {
            return false;
        }

        Current = _rows.Current.RowKey;
        return true;
    }

    public ValueTask DisposeAsync() => _rows.DisposeAsync();
}
