namespace CaseIngest.Core.Text;

/// <summary>
/// Finds lexicon phrases in text: a word trie (case-insensitive) matched over the document's tokens, leftmost
/// longest, non-overlapping. Words of a phrase may be separated in the text by spaces, hyphens, slashes or
/// periods ("PD-L1" = "PD L1"), but not by a line break that ends a sentence; a possessive is read as the name without it, in phrases and
/// text alike ("Hodgkin's lymphoma" = "Hodgkin lymphoma"). Built once; matching is linear in the number of tokens
/// times the longest phrase. Thread-safe after construction.
/// </summary>
public sealed partial class PhraseMatcher<T>
{
    private const int MaxScratchCapacity = 64 * 1024;

    /// <summary>Words longer than this are in no lexicon and end a phrase.</summary>
    private const int MaxWordLength = 64;

    [ThreadStatic]
    private static List<PhraseMatch<T>>? _scratch;

    private readonly Node _root = new();
    private readonly bool _caseSensitive;
    private readonly Lock _filterLock = new();
    private volatile bool _filterBuilt;

    /// <summary>A bit per hash of the first words of the phrases (<see cref="WordHashes.Bit"/>): most words of a text are no first word.</summary>
    private ulong[] _firstWords = [];

    public PhraseMatcher(bool caseSensitive = false) => _caseSensitive = caseSensitive;

    public int Count { get; private set; }

    /// <summary>Adds a phrase; returns false when the same phrase is already there (the first value stays).</summary>
    public bool Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Length == 0)
        {
            throw new ArgumentException("A phrase needs at least one word.", nameof(phrase));
        }

        var node = _root;
        _filterBuilt = false;
        Span<char> lower = stackalloc char[MaxWordLength];
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (IsPossessive(phrase, tokens, t))
            {
                continue;
            }

            // looked up as a span (lower-cased on the stack) first: a word already in the trie costs no string
            scoped ReadOnlySpan<char> word = phrase.AsSpan(token.Start, token.Length);
            string? key = null;
            if (!_caseSensitive && word.Length <= lower.Length)
            {
                word = lower[..word.ToLowerInvariant(lower)];
            }
            else if (!_caseSensitive)
            {
                key = Key(word);
                word = key;
            }

            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var next))
            {
                next = new Node();
                node.Children.Add(key ?? word.ToString(), next);
            }

            node = next;
        }

        if (node.HasValue)
        {
            return false;
        }

        node.HasValue = true;
        node.Value = value;
        Count++;
        return true;
    }

    public bool TryGet(string phrase, out T value)
    {
        var node = _root;
        var tokens = Tokenizer.Tokenize(phrase);
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (IsPossessive(phrase, tokens, t))
            {
                continue;
            }

            if (node.Children is null || !node.Children.TryGetValue(Key(phrase.AsSpan(token.Start, token.Length)), out node))
            {
                value = default!;
                return false;
            }
        }

        value = node.Value!;
        return node.HasValue;
    }

    /// <summary>All leftmost-longest matches over <paramref name="tokens"/> (the tokens of <paramref name="text"/>).</summary>
    public List<PhraseMatch<T>> Match(string text, ReadOnlySpan<Token> tokens) => Match(text, tokens, []);

    /// <summary>
    /// All leftmost-longest matches over every word of <paramref name="text"/>, <paramref name="tokens"/>: the hashes
    /// of the words are computed once per text and thread and shared by every lexicon matched over them.
    /// </summary>
    public List<PhraseMatch<T>> Match(string text, TokenList tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return Match(text, tokens.AsSpan(), WordHashes.Of(text, tokens, _caseSensitive));
    }

    /// <summary>The matches, with the words' <see cref="WordHashes.Bit"/> given in <paramref name="bits"/> or, when empty, computed here.</summary>
    private List<PhraseMatch<T>> Match(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<ushort> bits)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Collected in the thread's scratch list, then copied into a list of the exact size.
        var matches = _scratch ?? [];
        _scratch = null;
        matches.Clear();
        Collect(text, tokens, bits, matches);
        if (matches.Capacity > MaxScratchCapacity)
        {
            // grown for a large text and not kept as scratch: handed over as it is rather than copied
            return matches;
        }

        var result = new List<PhraseMatch<T>>(matches.Count);
        result.AddRange(matches);
        matches.Clear();
        _scratch = matches;
        return result;
    }

    /// <summary>Adds the leftmost-longest matches over <paramref name="tokens"/> to <paramref name="matches"/>, in text order.</summary>
    private void Collect(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<ushort> bits, List<PhraseMatch<T>> matches)
    {
        if (!_filterBuilt)
        {
            BuildFilter();
        }

        var root = _root.Children;
        if (root is not null)
        {
            // Words are looked up in the text lower-cased once per document (the same words, case folded per word).
            var keys = _caseSensitive ? text.AsSpan() : LowerCasedText.Of(text);
            var rootLookup = root.GetAlternateLookup<ReadOnlySpan<char>>();
            var firstWords = _firstWords;
            var i = 0;
            while (i < tokens.Length)
            {
                var first = tokens[i];
                var word = keys.Slice(first.Start, first.Length);
                var bit = bits.IsEmpty ? WordHashes.Bit(word) : bits[i];
                if (first.Length > MaxWordLength || (firstWords[bit >> 6] & (1UL << bit)) == 0 || !rootLookup.TryGetValue(word, out var node))
                {
                    i++;
                    continue;
                }

                var bestEnd = -1;
                T? bestValue = default;
                var j = i + 1;
                if (node.HasValue)
                {
                    bestEnd = j;
                    bestValue = node.Value;
                }

                while (j < tokens.Length && node.Children is { } children)
                {
                    if (!Joinable(text, tokens[j - 1].End, tokens[j].Start))
                    {
                        break;
                    }

                    var token = tokens[j];
                    var lookup = children.GetAlternateLookup<ReadOnlySpan<char>>();
                    if (token.Length > MaxWordLength || !lookup.TryGetValue(keys.Slice(token.Start, token.Length), out var next))
                    {
                        // a possessive eponym ("Hodgkin's lymphoma") also reads as the name without it ("Hodgkin lymphoma")
                        if (!IsPossessiveS(text, tokens, j)
                            || tokens[j + 1].Length > MaxWordLength
                            || !lookup.TryGetValue(keys.Slice(tokens[j + 1].Start, tokens[j + 1].Length), out next))
                        {
                            break;
                        }

                        j++;
                    }

                    node = next;
                    j++;
                    if (node.HasValue)
                    {
                        bestEnd = j;
                        bestValue = node.Value;
                    }
                }

                if (bestEnd > 0)
                {
                    matches.Add(new PhraseMatch<T>(first.Start, tokens[bestEnd - 1].End, bestValue!));
                    i = bestEnd;
                }
                else
                {
                    i++;
                }
            }
        }
    }

    /// <summary>Builds the filter of first words, once after the last <see cref="Add"/>.</summary>
    private void BuildFilter()
    {
        lock (_filterLock)
        {
            if (_filterBuilt)
            {
                return;
            }

            var firstWords = new ulong[WordHashes.BitCount / 64];
            foreach (var word in _root.Children?.Keys ?? Enumerable.Empty<string>())
            {
                var bit = WordHashes.Bit(word);
                firstWords[bit >> 6] |= 1UL << bit;
            }

            _firstWords = firstWords;
            _filterBuilt = true;
        }
    }

    private string Key(ReadOnlySpan<char> word) => _caseSensitive ? word.ToString() : word.ToString().ToLowerInvariant();

    /// <summary>
    /// Whether the words either side of text[from..to) belong to one phrase: joined by at most three spaces, hyphens,
    /// slashes or periods, an apostrophe right after the first word ("Wilms' tumor", "Hodgkin's"), or a line break
    /// that wraps a sentence (<see cref="SentenceSplitter.IsWrappedLineBreak"/>: "non small\ncell lung cancer").
    /// </summary>
    private static bool Joinable(string text, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (text[k] is not (' ' or '-' or '/' or '.' or '\u2010' or '\u2011' or '\u2013' or '\u00A0') && !(k == from && IsApostrophe(text[k]))
                && !(text[k] is '\r' or '\n' && SentenceSplitter.IsWrappedLineBreak(text, text[k] == '\r' && k + 1 < to ? k + 1 : k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Token <paramref name="j"/> is the "s" of a possessive right after the word before it, and a word joinable with it follows.</summary>
    private static bool IsPossessiveS(string text, ReadOnlySpan<Token> tokens, int j) =>
        IsPossessive(text, tokens, j)
        && text[tokens[j].End] is ' ' or '\u00A0'
        && Joinable(text, tokens[j].End, tokens[j + 1].Start);

    /// <summary>
    /// Token <paramref name="t"/> is an "s" right after an apostrophe that ends the word before it, and a word follows: in
    /// a lexicon phrase ("kaposi's sarcoma") it is left out of the key, in text it may be skipped.
    /// </summary>
    private static bool IsPossessive(string text, ReadOnlySpan<Token> tokens, int t) =>
        t > 0
        && t + 1 < tokens.Length
        && tokens[t].Length == 1
        && text[tokens[t].Start] is 's' or 'S'
        && tokens[t].Start == tokens[t - 1].End + 1
        && IsApostrophe(text[tokens[t - 1].End]);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public bool HasValue { get; set; }

        public T? Value { get; set; }
    }
}
