using CaseIngest.Core.Lexicons;

namespace CaseIngest.Core.Text;

/// <summary>
/// A lexicon whose phrases match either ignoring case or, when written with a leading '=' ("=MET", "=RT"), in
/// their exact case only, so short upper-case symbols do not match ordinary words. Matches of both kinds are
/// merged leftmost-longest and non-overlapping. Built once; thread-safe after construction.
/// </summary>
public sealed class CasedPhraseMatcher<T>
{
    private readonly PhraseMatcher<T> _anyCase;
    private readonly PhraseMatcher<T> _exactCase;

    public CasedPhraseMatcher()
        : this(new PhraseMatcher<T>(), new PhraseMatcher<T>(caseSensitive: true))
    {
    }

    private CasedPhraseMatcher(PhraseMatcher<T> anyCase, PhraseMatcher<T> exactCase)
    {
        _anyCase = anyCase;
        _exactCase = exactCase;
    }

    public int Count => _anyCase.Count + _exactCase.Count;

    /// <summary>Adds a phrase; a leading '=' asks for an exact-case match. Returns false for a repeated phrase.</summary>
    public bool Add(string phrase, T value)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return phrase.StartsWith('=') ? _exactCase.Add(phrase[1..], value) : _anyCase.Add(phrase, value);
    }

    /// <summary>The values of the phrases: those matched ignoring case, then those matched in exact case.</summary>
    internal IEnumerable<T> Values() => _anyCase.Values().Concat(_exactCase.Values());

    internal void WriteTo(LexiconSnapshotWriter writer, Func<T, int> valueIndex)
    {
        _anyCase.WriteTo(writer, valueIndex);
        _exactCase.WriteTo(writer, valueIndex);
    }

    internal static CasedPhraseMatcher<T> ReadFrom(ref LexiconSnapshotReader reader, T[] values)
    {
        var anyCase = PhraseMatcher<T>.ReadFrom(ref reader, values);
        var exactCase = PhraseMatcher<T>.ReadFrom(ref reader, values);
        return new CasedPhraseMatcher<T>(anyCase, exactCase);
    }

    public List<PhraseMatch<T>> Match(string text, ReadOnlySpan<Token> tokens) =>
        Merge(_anyCase.Match(text, tokens), _exactCase.Count == 0 ? null : _exactCase.Match(text, tokens));

    /// <summary>The matches over every word of <paramref name="text"/> (see <see cref="PhraseMatcher{T}.Match(string, TokenList)"/>).</summary>
    public List<PhraseMatch<T>> Match(string text, TokenList tokens) =>
        Merge(_anyCase.Match(text, tokens), _exactCase.Count == 0 ? null : _exactCase.Match(text, tokens));

    private static List<PhraseMatch<T>> Merge(List<PhraseMatch<T>> any, List<PhraseMatch<T>>? exact)
    {
        if (exact is null || exact.Count == 0)
        {
            return any;
        }

        var merged = new List<PhraseMatch<T>>(any.Count + exact.Count);
        int i = 0, j = 0, lastEnd = -1;
        while (i < any.Count || j < exact.Count)
        {
            PhraseMatch<T> next;
            if (j >= exact.Count || (i < any.Count && (any[i].Start < exact[j].Start
                || (any[i].Start == exact[j].Start && any[i].End >= exact[j].End))))
            {
                next = any[i++];
            }
            else
            {
                next = exact[j++];
            }

            if (next.Start >= lastEnd)
            {
                merged.Add(next);
                lastEnd = next.End;
            }
        }

        return merged;
    }
}
