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
    /// <summary>Per needle, in the order given, its start offsets in <paramref name="text"/> in ascending order.</summary>
    public static int[][] Find(string text, IReadOnlyList<string> needles)
    {
        var found = new List<int>[needles.Count];
        var byFirst = new Dictionary<char, List<int>>();
        var searched = new List<string>();
        for (var i = 0; i < needles.Count; i++)
        {
            found[i] = [];
            var needle = needles[i];
            if (needle.Length == 0 || !char.IsAscii(needle[0]))
            {
                Single(text, needle, found[i]);
                continue;
            }

            var key = char.ToUpperInvariant(needle[0]);
            if (!byFirst.TryGetValue(key, out var group))
            {
                byFirst[key] = group = [];
            }

            group.Add(i);
            searched.Add(needle);
        }

        if (byFirst.Count > 0)
        {
            var candidates = SearchValues.Create([.. searched.Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
            var span = text.AsSpan();
            for (var at = span.IndexOfAny(candidates); at >= 0;)
            {
                var group = byFirst.TryGetValue(char.ToUpperInvariant(span[at]), out var starting) ? starting : Enumerable.Range(0, needles.Count);
                foreach (var i in group)
                {
                    if (needles[i].Length == 0 || !char.IsAscii(needles[i][0]))
                    {
                        continue;
                    }

                    var needle = needles[i];
                    if (span.Length - at >= needle.Length && span.Slice(at, needle.Length).Equals(needle, StringComparison.OrdinalIgnoreCase))
                    {
                        found[i].Add(at);
                    }
                }

                var next = span[(at + 1)..].IndexOfAny(candidates);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return [.. found.Select(f => f.ToArray())];
    }

    private static void Single(string text, string needle, List<int> found)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOf(needle, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                break;
            }

            found.Add(from + at);
            from += at + 1;
        }
    }
}
