namespace CaseIngest.Core.Text;

/// <summary>
/// The words of one document's text (see <see cref="Tokenizer"/>), read as a list: the first <see cref="Length"/>
/// elements of an array that comes from <see cref="ScratchArrays"/> (or, for a large text, <see cref="LargeArrays"/>)
/// and goes back there when the document is done (<see cref="Release"/>), so consecutive documents reuse arrays
/// instead of each allocating its own. Reading a list after its release throws.
/// </summary>
public sealed class TokenList
{
    /// <summary>Up to this many words the array comes from the shared pool; above, from <see cref="LargeArrays"/>.</summary>
    internal const int OwnedLength = ScratchArrays.MaxPooledLength;

    private Token[]? _items;
    private int _length;

    private TokenList(Token[] items, int length)
    {
        _items = items;
        _length = length;
    }

    /// <summary>The words of <paramref name="text"/>.</summary>
    public static TokenList Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = Tokenizer.Count(text);
        var items = count <= OwnedLength ? ScratchArrays.Rent<Token>(count) : LargeArrays.Rent<Token>(count);
        Tokenizer.Fill(text, items.AsSpan(0, count));
        return new TokenList(items, count);
    }

    /// <summary>The number of words.</summary>
    public int Length => _length;

    public Token this[int index] => (uint)index < (uint)_length ? Items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public static implicit operator ReadOnlySpan<Token>(TokenList tokens) => tokens is null ? default : tokens.AsSpan();

    public ReadOnlySpan<Token> AsSpan() => Items.AsSpan(0, _length);

    public ReadOnlySpan<Token> AsSpan(int start, int length) => AsSpan().Slice(start, length);

    /// <summary>The words [start, start + length), as a span (what a range index <c>tokens[a..b]</c> reads).</summary>
    public ReadOnlySpan<Token> Slice(int start, int length) => AsSpan().Slice(start, length);

    public ReadOnlySpan<Token>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    /// <summary>Gives the array back to be reused by a later document; the list is empty and unreadable afterwards.</summary>
    internal void Release()
    {
        var items = _items;
        _items = null;
        _length = 0;
        if (items is { Length: > OwnedLength })
        {
            LargeArrays.Return(items);
        }
        else if (items is not null)
        {
            ScratchArrays.Return(items);
        }
    }

    private Token[] Items => _items ?? throw new ObjectDisposedException(nameof(TokenList), "The document's words were released when the document was done.");
}
