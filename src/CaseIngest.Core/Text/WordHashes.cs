namespace CaseIngest.Core.Text;

/// <summary>
/// The per-word hashes the lexicon matchers test before a lookup, computed once per document and thread (one array
/// for lower-cased words, one for words as written) into reused buffers. Valid until the thread asks for another text.
/// </summary>
internal static class WordHashes
{
    /// <summary>The number of distinct hashes: 2^16.</summary>
    public const int BitCount = 1 << 16;

    /// <summary>Larger buffers are not kept past the next, smaller document.</summary>
    private const int KeptLength = 1 << 18;

    [ThreadStatic]
    private static string? _text;

    [ThreadStatic]
    private static Token[]? _tokens;

    [ThreadStatic]
    private static ushort[]? _lowered;

    [ThreadStatic]
    private static ushort[]? _exact;

    [ThreadStatic]
    private static bool _hasLowered;

    [ThreadStatic]
    private static bool _hasExact;

    public static ReadOnlySpan<ushort> Of(string text, Token[] tokens, bool caseSensitive)
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
        if (_lowered is { Length: > KeptLength })
        {
            _lowered = null;
        }

        if (_exact is { Length: > KeptLength })
        {
            _exact = null;
        }
    }

    /// <summary>A hash of a word from its length and its first, second and last characters, below <see cref="BitCount"/>.</summary>
    public static int Bit(ReadOnlySpan<char> word) =>
        (int)(((uint)word.Length * 0x9E3779B1u ^ word[0] * 0x85EBCA77u ^ word[^1] * 0xC2B2AE3Du ^ (word.Length > 1 ? word[1] * 0x27D4EB2Fu : 0u)) >> 16) & (BitCount - 1);

    private static void Fill(string text, Token[] tokens, bool caseSensitive, ushort[] bits)
    {
        var keys = caseSensitive ? text.AsSpan() : LowerCasedText.Of(text);
        for (var i = 0; i < tokens.Length; i++)
        {
            bits[i] = (ushort)Bit(keys.Slice(tokens[i].Start, tokens[i].Length));
        }
    }

    private static ushort[] Fit(ushort[]? buffer, int length) =>
        buffer is null || buffer.Length < length || (buffer.Length > KeptLength && length <= KeptLength)
            ? new ushort[Math.Max(length, 1024)]
            : buffer;
}
