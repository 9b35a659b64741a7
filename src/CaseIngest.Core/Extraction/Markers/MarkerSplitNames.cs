using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A marker written as a name, its abbreviation in brackets, then its number: "cytokeratin (CK) 20" is CK20,
/// "cluster of differentiation (CD)20" is CD20. The abbreviation with the number names the marker; the words before
/// the bracket whose first one starts with the abbreviation's first letter are its written name.
/// </summary>
internal static class MarkerSplitNames
{
    /// <summary>The most words of the written name before the bracket ("cluster of differentiation").</summary>
    private const int MaxNameWords = 4;

    /// <summary>Adds a mention for each split name, in place of the mentions inside it ("cytokeratin" alone).</summary>
    public static void Join(string text, MarkerLexicon lexicon, List<PhraseMatch<MarkerEntry>> mentions)
    {
        List<PhraseMatch<MarkerEntry>>? joined = null;
        foreach (var match in MarkerPatterns.SplitName().EnumerateMatches(text))
        {
            var inside = text.AsSpan(match.Index + 1, match.Length - 1);
            var close = inside.IndexOf(')');
            var letters = inside[..close];
            var number = inside[(close + 1)..].Trim().TrimStart('-');
            if (lexicon.EntryOf(string.Concat(letters, number)) is not { } entry)
            {
                continue;
            }

            var start = NameStart(text, match.Index, char.ToLowerInvariant(letters[0]));
            if (start < 0)
            {
                continue;
            }

            joined ??= [];
            joined.Add(new PhraseMatch<MarkerEntry>(start, match.Index + match.Length, entry));
        }

        JoinedMentions.Replace(mentions, joined);
    }

    /// <summary>Where the written name before the bracket at <paramref name="open"/> starts: the nearest of the words before it that starts with <paramref name="initial"/>; -1 when none.</summary>
    private static int NameStart(string text, int open, char initial)
    {
        var p = open;
        for (var words = 0; words < MaxNameWords; words++)
        {
            while (p > 0 && text[p - 1] == ' ')
            {
                p--;
            }

            var end = p;
            while (p > 0 && (char.IsLetter(text[p - 1]) || text[p - 1] == '-'))
            {
                p--;
            }

            if (p == end)
            {
                return -1;
            }

            if (char.ToLowerInvariant(text[p]) == initial)
            {
                return p;
            }
        }

        return -1;
    }
}
