namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// The text spans already taken by an outcome, as sorted non-overlapping runs (spans that overlap are joined; spans
/// that only touch stay apart), so that whether a new match overlaps any of them is one binary search rather than a
/// walk over every span found so far.
/// </summary>
internal sealed class CoveredSpans
{
    private readonly List<(int Start, int End)> _runs = [];

    public void Add((int Start, int End) span)
    {
        var (start, end) = span;
        var first = FirstEndingAfter(start);
        var last = first;
        while (last < _runs.Count && _runs[last].Start < end)
        {
            start = Math.Min(start, _runs[last].Start);
            end = Math.Max(end, _runs[last].End);
            last++;
        }

        if (start == end)
        {
            // an empty span overlaps nothing and is kept out of the runs
            return;
        }

        _runs.RemoveRange(first, last - first);
        _runs.Insert(first, (start, end));
    }

    /// <summary>Whether [start, end) overlaps a covered span.</summary>
    public bool Overlaps(int start, int end)
    {
        var i = FirstEndingAfter(start);
        return i < _runs.Count && _runs[i].Start < end;
    }

    /// <summary>The first run whose end is after <paramref name="offset"/> (runs are disjoint, so ends are sorted too).</summary>
    private int FirstEndingAfter(int offset)
    {
        var (lo, hi) = (0, _runs.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_runs[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
