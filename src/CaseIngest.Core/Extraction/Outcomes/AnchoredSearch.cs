using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// The matches of a regex that hold one of its anchor words, found by running it only on a short window around each
/// anchor: a handful of vectorized searches instead of a scan of the whole text.
/// </summary>
internal static class AnchoredSearch
{
    private static readonly ConcurrentDictionary<(string Anchor, StringComparison Comparison), SearchValues<string>> Finders = new();

    /// <summary>
    /// The matches, in text order. Anchors are searched by <paramref name="comparison"/>: an anchor the regex only
    /// accepts in one case ("OS", "PFS") is searched in that case, so the letters "os" inside ordinary words do not
    /// each cost a search.
    /// </summary>
    public static (int Start, int End)[] Matches(string text, Regex regex, StringComparison comparison, string[] anchors)
    {
        // most texts hold no match: the list is made at the first one, and the few found are told apart by a look
        List<(int Start, int End)>? matches = null;
        foreach (var anchor in anchors)
        {
            var finder = Finder(anchor, comparison);
            var at = text.AsSpan().IndexOfAny(finder);
            while (at >= 0)
            {
                var from = Math.Max(0, at - 64);
                while (from > 0 && from < at && char.IsLetterOrDigit(text[from - 1]))
                {
                    from++;
                }

                var to = Math.Min(text.Length, at + anchor.Length + 48);
                while (to < text.Length && to > at + anchor.Length && char.IsLetterOrDigit(text[to]))
                {
                    to--;
                }

                foreach (var match in regex.EnumerateMatches(text.AsSpan(from, to - from)))
                {
                    var (start, end) = (from + match.Index, from + match.Index + match.Length);
                    if (start <= at && end >= at + anchor.Length && !(matches?.Contains((start, end)) ?? false))
                    {
                        (matches ??= []).Add((start, end));
                    }
                }

                var next = text.AsSpan(at + anchor.Length).IndexOfAny(finder);
                at = next < 0 ? -1 : at + anchor.Length + next;
            }
        }

        if (matches is null)
        {
            return [];
        }

        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. matches];
    }

    /// <summary>
    /// A vectorized searcher for one anchor, built once per anchor and comparison. String.IndexOf with
    /// OrdinalIgnoreCase falls back to a character-by-character search on text with non-ASCII letters.
    /// </summary>
    private static SearchValues<string> Finder(string anchor, StringComparison comparison) =>
        Finders.GetOrAdd((anchor, comparison), static key => SearchValues.Create([key.Anchor], key.Comparison));
}
