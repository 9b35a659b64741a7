using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction;

/// <summary>
/// A phrase lexicon where abbreviations written in capitals ("NSCLC", "SJS") match only in capitals and every
/// other phrase ignores case. Matches of both kinds are merged leftmost-longest without overlap.
/// </summary>
internal sealed class TermMatcher<T>
{
    private readonly PhraseMatcher<T> _exact;
    private readonly PhraseMatcher<T> _folded;

    public TermMatcher()
        : this(new PhraseMatcher<T>(caseSensitive: true), new PhraseMatcher<T>())
    {
    }

    private TermMatcher(PhraseMatcher<T> exact, PhraseMatcher<T> folded)
    {
        _exact = exact;
        _folded = folded;
    }

    public int Count => _exact.Count + _folded.Count;

    /// <summary>Adds a phrase; false when it is already there.</summary>
    public bool Add(string phrase, T value) => IsAbbreviation(phrase) ? _exact.Add(phrase, value) : _folded.Add(phrase, value);

    public bool TryGet(string phrase, out T value) =>
        IsAbbreviation(phrase) ? _exact.TryGet(phrase, out value) : _folded.TryGet(phrase, out value);

    /// <summary>The values of the phrases: those matched in capitals, then those matched ignoring case.</summary>
    internal IEnumerable<T> Values() => _exact.Values().Concat(_folded.Values());

    /// <summary>Writes both tries to the lexicon snapshot, each value as <paramref name="valueIndex"/> gives it.</summary>
    internal void WriteTo(LexiconSnapshotWriter writer, Func<T, int> valueIndex)
    {
        _exact.WriteTo(writer, valueIndex);
        _folded.WriteTo(writer, valueIndex);
    }

    /// <summary>Reads the tries <see cref="WriteTo"/> wrote.</summary>
    internal static TermMatcher<T> ReadFrom(ref LexiconSnapshotReader reader, T[] values)
    {
        var exact = PhraseMatcher<T>.ReadFrom(ref reader, values);
        var folded = PhraseMatcher<T>.ReadFrom(ref reader, values);
        return new TermMatcher<T>(exact, folded);
    }

    public List<PhraseMatch<T>> Match(string text, ReadOnlySpan<Token> tokens) =>
        Merge(_folded.Match(text, tokens), _exact.Count == 0 ? null : _exact.Match(text, tokens));

    /// <summary>The matches over every word of <paramref name="text"/> (see <see cref="PhraseMatcher{T}.Match(string, TokenList)"/>).</summary>
    public List<PhraseMatch<T>> Match(string text, TokenList tokens) =>
        Merge(_folded.Match(text, tokens), _exact.Count == 0 ? null : _exact.Match(text, tokens));

    /// <summary>
    /// The matches of both tries in text order (by start, the longer first at one start, the match ignoring case first
    /// when both cover the same words), each kept when it starts at or after the end of the last one kept. Each list is
    /// already in text order, so they are merged in one walk, without a combined copy to sort.
    /// </summary>
    private static List<PhraseMatch<T>> Merge(List<PhraseMatch<T>> folded, List<PhraseMatch<T>>? exact)
    {
        if (exact is null || exact.Count == 0)
        {
            return folded;
        }

        var merged = new List<PhraseMatch<T>>(folded.Count + exact.Count);
        var reached = -1;
        int f = 0, e = 0;
        while (f < folded.Count || e < exact.Count)
        {
            PhraseMatch<T> match;
            if (e == exact.Count || (f < folded.Count && Precedes(folded[f], exact[e])))
            {
                match = folded[f++];
            }
            else
            {
                match = exact[e++];
            }

            if (match.Start >= reached)
            {
                merged.Add(match);
                reached = match.End;
            }
        }

        return merged;
    }

    /// <summary>Whether <paramref name="a"/> comes no later than <paramref name="b"/>: an earlier start, or the same start and no shorter.</summary>
    private static bool Precedes(PhraseMatch<T> a, PhraseMatch<T> b) => a.Start != b.Start ? a.Start < b.Start : a.End >= b.End;

    /// <summary>One word of mostly capitals ("NSCLC", "SJS", "ccRCC", "COVID-19").</summary>
    private static bool IsAbbreviation(string phrase)
    {
        if (phrase.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var upper = phrase.Count(char.IsUpper);
        var lower = phrase.Count(char.IsLower);
        return upper >= 2 && lower <= 2;
    }
}
