using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A marker symbol written with a space or hyphen between its letters and its number: "CD 20", "CD-3", "p-16",
/// "PAX 8", "SOX-10", "bcl 2". The letters and the number joined must name a marker of the curated table ("CD20",
/// "p16"), not a symbol of the gene vocabulary only ("PS 1" is a performance status, not PSEN1); the words are then
/// one mention of it. Read with one pass over the text.
/// </summary>
internal static partial class MarkerSpacedSymbols
{
    /// <summary>The mentions found, with a mention added, in text order, for each spaced symbol that none of them covers.</summary>
    public static IReadOnlyList<PhraseMatch<MarkerEntry>> Join(string text, MarkerLexicon lexicon, IReadOnlyList<PhraseMatch<MarkerEntry>> found)
    {
        List<PhraseMatch<MarkerEntry>>? joined = null;
        foreach (var match in SpacedSymbol().EnumerateMatches(text))
        {
            var span = text.AsSpan(match.Index, match.Length);
            var gap = span.IndexOfAny(' ', '-');
            var symbol = string.Concat(span[..gap], span[(gap + 1)..]);
            if (lexicon.EntryOf(symbol) is not { } entry || lexicon.IsWrittenName(entry) || lexicon.IsFromVocabulary(entry))
            {
                continue;
            }

            var (start, end) = (match.Index, match.Index + match.Length);
            if (Covered(found, start, end))
            {
                continue;
            }

            joined ??= [.. found];
            joined.Add(new PhraseMatch<MarkerEntry>(start, end, entry));
        }

        joined?.Sort((a, b) => a.Start.CompareTo(b.Start));
        return joined ?? found;
    }

    /// <summary>Whether a mention of <paramref name="found"/> (in text order) overlaps the range: a binary search for the last mention starting before its end.</summary>
    private static bool Covered(IReadOnlyList<PhraseMatch<MarkerEntry>> found, int start, int end)
    {
        var (lo, hi) = (0, found.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (found[mid].Start < end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var i = hi; i >= 0 && i >= hi - 1; i--)
        {
            if (found[i].End > start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"CD 20", "CD-3", "p-16", "PAX 8", "SOX-10", "Bcl 2"; not "CD20" (one word), "CD 4/8 ratio" (a ratio of two) nor "day 3" (no capital, not p, ki or bcl).</summary>
    [GeneratedRegex(@"(?<![\w/-])(?:[A-Z][A-Za-z]{0,3}|p|ki|bcl)[ -]\d{1,3}(?![\w%]|[.,/]\d|-\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedSymbol();
}
