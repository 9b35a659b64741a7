using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A marker symbol written with a space or hyphen between its letters and its number: "CD 20", "CD-3", "p-16",
/// "PAX 8", "SOX-10", "bcl 2". The letters and the number joined must name a marker of the curated table ("CD20",
/// "p16"), not a symbol of the gene vocabulary only ("PS 1" is a performance status, not PSEN1); the words are then
/// one mention of it. An HGNC gene outside the table is joined only from its approved symbol split by a hyphen before
/// its number ("SATB-2", "SOX-11"), and not when a level in a unit of concentration follows ("IGF-1 was 504 ng/ml").
/// Read with one pass over the text.
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
            if ((lexicon.EntryOf(symbol) ?? HyphenatedGene(lexicon, span, gap)) is not { } entry || lexicon.IsWrittenName(entry)
                || (lexicon.IsFromVocabulary(entry) && (!IsHyphenatedSymbol(entry, span, gap) || LevelAfter(text, match.Index + match.Length))))
            {
                continue;
            }

            var (start, end) = (match.Index, match.Index + match.Length);
            var letters = LettersMention(found, start, start + gap, end);
            if (letters < 0 && Covered(found, start, end))
            {
                continue;
            }

            joined ??= [.. found];
            if (letters >= 0)
            {
                // "CK 7": the letters alone name a marker too ("CK"), but with the number they name another
                joined.Remove(found[letters]);
            }

            joined.Add(new PhraseMatch<MarkerEntry>(start, end, entry));
        }

        joined?.Sort((a, b) => a.Start.CompareTo(b.Start));
        return joined ?? found;
    }

    /// <summary>The HGNC gene an upper-cased hyphenated symbol names ("Satb-2" SATB2), when the symbol as written names none.</summary>
    private static MarkerEntry? HyphenatedGene(MarkerLexicon lexicon, ReadOnlySpan<char> span, int gap) =>
        span[gap] == '-' && gap >= 3 ? lexicon.EntryOf(string.Concat(span[..gap], span[(gap + 1)..]).ToUpperInvariant()) : null;

    /// <summary>
    /// Whether an HGNC gene is written as its approved symbol split by a hyphen before its number ("SATB-2", "TLE-1"):
    /// three letters or more, so a short abbreviation with a number ("IL-6", "PS-1") is not read as a gene.
    /// </summary>
    private static bool IsHyphenatedSymbol(MarkerEntry entry, ReadOnlySpan<char> span, int gap) =>
        span[gap] == '-' && gap >= 3
        && string.Concat(span[..gap], span[(gap + 1)..]).Equals(entry.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a level in a unit of concentration follows a symbol: a serum test, not a gene ("IGF-1 was 504 ng/ml").</summary>
    private static bool LevelAfter(string text, int end) =>
        ConcentrationAfter().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end)));

    /// <summary>
    /// The index in <paramref name="found"/> of a mention of the letters of a spaced symbol alone (from
    /// <paramref name="start"/> to <paramref name="gap"/>) when no other mention overlaps the symbol; -1 when none.
    /// </summary>
    private static int LettersMention(IReadOnlyList<PhraseMatch<MarkerEntry>> found, int start, int gap, int end)
    {
        var (lo, hi) = (0, found.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (found[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var alone = lo < found.Count && found[lo].Start == start && found[lo].End == gap
            && (lo + 1 >= found.Count || found[lo + 1].Start >= end) && (lo == 0 || found[lo - 1].End <= start);
        return alone ? lo : -1;
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

    /// <summary>" was 504 ng/ml", " level of 12 nmol/L", ": 80 U/L"; not " was positive in 80% of cells" (no unit of concentration).</summary>
    [GeneratedRegex(@"^\s*(?:(?:levels?|was|were|is|of|at|measured)\s+){0,3}[:=]?\s*\d+(?:[.,]\d+)?\s*(?:[nµupm]g|[nµpm]mol|m?U|[mµ]?IU)\s*/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConcentrationAfter();
}
