namespace CaseIngest.Core.Text;

/// <summary>
/// The text lower-cased (invariant culture), computed once per document and thread into a reused buffer and
/// shared by every lexicon matched over it. Lower-casing is per character, so a word of the result is the word
/// of the text lower-cased. A text up to <see cref="KeptLength"/> characters and a longer one have a buffer each, so
/// the short phrases matched while a large document is read (a drug name, a candidate phrase) do not push the
/// document's lower-cased text out, to be made again at its next match. The span is valid until the thread asks for
/// another text of the same class (short or long). The short buffer stays with the thread; the long one comes from
/// <see cref="LargeArrays"/> and goes back there at <see cref="Release"/>.
/// </summary>
internal static class LowerCasedText
{
    /// <summary>Up to this length a text is lowered into the thread's own buffer.</summary>
    private const int KeptLength = 1 << 20;

    [ThreadStatic]
    private static string? _source;

    [ThreadStatic]
    private static char[]? _buffer;

    [ThreadStatic]
    private static string? _longSource;

    [ThreadStatic]
    private static char[]? _longBuffer;

    public static ReadOnlySpan<char> Of(string text)
    {
        if (text.Length > KeptLength)
        {
            return OfLong(text);
        }

        if (ReferenceEquals(text, _source) && _buffer is not null)
        {
            return _buffer.AsSpan(0, text.Length);
        }

        if (_buffer is null || _buffer.Length < text.Length)
        {
            _buffer = new char[Math.Max(text.Length, 4096)];
        }

        _source = null;
        text.AsSpan().ToLowerInvariant(_buffer);
        _source = text;
        return _buffer.AsSpan(0, text.Length);
    }

    /// <summary>Forgets the thread's texts and gives the long buffer back, so an idle thread holds neither a document nor a large array.</summary>
    public static void Release()
    {
        _source = null;
        _longSource = null;
        if (_longBuffer is { } buffer)
        {
            _longBuffer = null;
            LargeArrays.Return(buffer);
        }
    }

    private static ReadOnlySpan<char> OfLong(string text)
    {
        if (ReferenceEquals(text, _longSource) && _longBuffer is not null)
        {
            return _longBuffer.AsSpan(0, text.Length);
        }

        _longSource = null;
        if (_longBuffer is null || _longBuffer.Length < text.Length)
        {
            if (_longBuffer is { } small)
            {
                LargeArrays.Return(small);
            }

            _longBuffer = LargeArrays.Rent<char>(text.Length);
        }

        text.AsSpan().ToLowerInvariant(_longBuffer);
        _longSource = text;
        return _longBuffer.AsSpan(0, text.Length);
    }
}
