namespace CaseIngest.Core.Text;

/// <summary>
/// The per-word hashes the lexicon matchers test before a lookup, computed once per document and thread (one array
/// for lower-cased words, one for words as written) into reused buffers. Valid until the thread asks for another text.
/// Buffers up to <see cref="KeptLength"/> words stay with the thread; larger ones come from <see cref="LargeArrays"/> and
/// go back there at <see cref="Release"/>.
/// </summary>
internal static class WordHashes
{
    /// <summary>The number of distinct hashes: 2^16.</summary>
    public const int BitCount = 1 << 16;

    /// <summary>Larger buffers are not kept by the thread past its document.</summary>
    private const int KeptLength = 1 << 18;

    [ThreadStatic]
    private static string? _text;

    [ThreadStatic]
    private static TokenList? _tokens;

    [ThreadStatic]
    private static ushort[]? _lowered;

    [ThreadStatic]
    private static ushort[]? _exact;

    [ThreadStatic]
    private static bool _hasLowered;

    [ThreadStatic]
    private static bool _hasExact;

    public static ReadOnlySpan<ushort> Of(string text, TokenList tokens, bool caseSensitive)
    {
        if (!ReferenceEquals(text, _text) || !ReferenceEquals(tokens, _tokens))
        {
            _text = null;
            _tokens = null;
            _hasLowered = false;
            _hasExact = false;
            _lowered = Fit(_lowered, tokens.Length);
            _exact = Fit(_exact, tokens.Length);
            _text = text;
            _tokens = tokens;
        }

        if (caseSensitive)
        {
            if (!_hasExact)
            {
                Fill(text, tokens, caseSensitive: true, _exact!);
                _hasExact = true;
            }

            return _exact.AsSpan(0, tokens.Length);
        }

        if (!_hasLowered)
        {
            Fill(text, tokens, caseSensitive: false, _lowered!);
            _hasLowered = true;
        }

        return _lowered.AsSpan(0, tokens.Length);
    }

    /// <summary>Forgets the thread's document and tokens (and buffers larger than are kept), so an idle thread holds neither.</summary>
    public static void Release()
    {
        _text = null;
        _tokens = null;
        _hasLowered = false;
        _hasExact = false;
        if (_lowered is { Length: > KeptLength } lowered)
        {
            _lowered = null;
            LargeArrays.Return(lowered);
        }

        if (_exact is { Length: > KeptLength } exact)
        {
            _exact = null;
            LargeArrays.Return(exact);
        }
    }

    /// <summary>A hash of a word from its length and its first, second and last characters, below <see cref="BitCount"/>.</summary>
    public static int Bit(ReadOnlySpan<char> word) =>
        (int)(((uint)word.Length * 0x9E3779B1u ^ word[0] * 0x85EBCA77u ^ word[^1] * 0xC2B2AE3Du ^ (word.Length > 1 ? word[1] * 0x27D4EB2Fu : 0u)) >> 16) & (BitCount - 1);

    private static void Fill(string text, TokenList list, bool caseSensitive, ushort[] bits)
    {
        var keys = caseSensitive ? text.AsSpan() : LowerCasedText.Of(text);
        var tokens = list.AsSpan();
        for (var i = 0; i < tokens.Length; i++)
        {
            bits[i] = (ushort)Bit(keys.Slice(tokens[i].Start, tokens[i].Length));
        }
    }

    /// <summary>
    /// <paramref name="buffer"/> when it holds <paramref name="length"/> hashes and is not a large one for a small text;
    /// otherwise a large buffer goes back to <see cref="LargeArrays"/> and a new one is taken from there or made.
    /// </summary>
    private static ushort[] Fit(ushort[]? buffer, int length)
    {
        if (buffer is not null && buffer.Length >= length && (buffer.Length <= KeptLength || length > KeptLength))
        {
            return buffer;
        }

        if (buffer is { Length: > KeptLength })
        {
            LargeArrays.Return(buffer);
        }

        return length > KeptLength ? LargeArrays.Rent<ushort>(length) : new ushort[Math.Max(length, 1024)];
    }
}
