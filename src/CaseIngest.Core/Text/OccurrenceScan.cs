using System.Buffers;

namespace CaseIngest.Core.Text;

/// <summary>
/// Every occurrence, ignoring case (ordinal), of each of a set of needles in one text, found in one pass over it:
/// the same positions as searching the text once per needle with
/// <see cref="MemoryExtensions.IndexOf(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/> from each
/// found position plus one (overlapping occurrences included). Candidates are found by one multi-string search over
/// all needles; at each, the needles that start with its character are compared.
/// </summary>
internal static class OccurrenceScan
{
    /// <summary>The (needle, offset) pairs of the last scan on this thread, kept for the next one.</summary>
    [ThreadStatic]
    private static List<(int Needle, int At)>? _hits;

    /// <summary>Per needle, in the order given, its start offsets in <paramref name="text"/> in ascending order.</summary>
    public static int[][] Find(string text, IReadOnlyList<string> needles)
    {
        var hits = _hits ?? [];
        _hits = null;
        hits.Clear();
        var byFirst = new Dictionary<char, List<int>>();
        var searched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var distinct = new List<string>();
        for (var i = 0; i < needles.Count; i++)
        {
            var needle = needles[i];
            if (needle.Length == 0 || !char.IsAscii(needle[0]))
            {
                Single(text, needle, i, hits);
                continue;
            }

            var key = char.ToUpperInvariant(needle[0]);
            if (!byFirst.TryGetValue(key, out var group))
            {
                byFirst[key] = group = [];
            }

            group.Add(i);
            if (searched.Add(needle))
            {
                distinct.Add(needle);
            }
        }

        if (byFirst.Count > 0)
        {
            var candidates = SearchValues.Create([.. distinct], StringComparison.OrdinalIgnoreCase);
            var span = text.AsSpan();
            for (var at = span.IndexOfAny(candidates); at >= 0;)
            {
                if (byFirst.TryGetValue(char.ToUpperInvariant(span[at]), out var starting))
                {
                    foreach (var i in starting)
                    {
                        Compare(span, at, needles, i, hits);
                    }
                }
                else
                {
                    for (var i = 0; i < needles.Count; i++)
                    {
                        Compare(span, at, needles, i, hits);
                    }
                }

                var next = span[(at + 1)..].IndexOfAny(candidates);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        var found = Collect(hits, needles.Count);
        if (hits.Count <= MaxKeptHits)
        {
            _hits = hits;
        }

        return found;
    }

    private const int MaxKeptHits = 1 << 16;

    private static void Compare(ReadOnlySpan<char> span, int at, IReadOnlyList<string> needles, int i, List<(int, int)> hits)
    {
        var needle = needles[i];
        if (needle.Length > 0 && char.IsAscii(needle[0]) && span.Length - at >= needle.Length && span.Slice(at, needle.Length).Equals(needle, StringComparison.OrdinalIgnoreCase))
        {
            hits.Add((i, at));
        }
    }

    /// <summary>The offsets of each needle, in the order found (ascending for each needle).</summary>
    private static int[][] Collect(List<(int Needle, int At)> hits, int count)
    {
        var counts = new int[count];
        foreach (var (needle, _) in hits)
        {
            counts[needle]++;
        }

        var found = new int[count][];
        for (var i = 0; i < count; i++)
        {
            found[i] = counts[i] == 0 ? [] : new int[counts[i]];
            counts[i] = 0;
        }

        foreach (var (needle, at) in hits)
        {
            found[needle][counts[needle]++] = at;
        }

        return found;
    }

    private static void Single(string text, string needle, int index, List<(int, int)> hits)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOf(needle, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                break;
            }

            hits.Add((index, from + at));
            from += at + 1;
        }
    }
}
