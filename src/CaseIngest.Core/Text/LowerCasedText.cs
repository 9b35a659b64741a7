namespace CaseIngest.Core.Text;

/// <summary>
/// The text lower-cased (invariant culture), computed once per document and thread into a reused buffer and
/// shared by every lexicon matched over it. Lower-casing is per character, so a word of the result is the word
/// of the text lower-cased. The span is valid until the thread asks for another text.
/// </summary>
internal static class LowerCasedText
{
    /// <summary>A larger buffer is not kept past the next, smaller document.</summary>
    private const int KeptLength = 1 << 20;

    [ThreadStatic]
    private static string? _source;

    [ThreadStatic]
    private static char[]? _buffer;

    public static ReadOnlySpan<char> Of(string text)
    {
        if (ReferenceEquals(text, _source) && _buffer is not null)
        {
            return _buffer.AsSpan(0, text.Length);
        }

        if (_buffer is null || _buffer.Length < text.Length || (_buffer.Length > KeptLength && text.Length <= KeptLength))
        {
            _buffer = new char[Math.Max(text.Length, 4096)];
        }

        _source = null;
        text.AsSpan().ToLowerInvariant(_buffer);
        _source = text;
        return _buffer.AsSpan(0, text.Length);
    }

    /// <summary>Forgets the thread's document (and a buffer larger than is kept), so an idle thread holds neither.</summary>
    public static void Release()
    {
        _source = null;
        if (_buffer is { Length: > KeptLength })
        {
            _buffer = null;
        }
    }
}
