namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>Binary search over treatment mentions kept in text order.</summary>
internal static class MentionSearch
{
    /// <summary>The index of the first mention that starts at or after <paramref name="offset"/> (the count when none does).</summary>
    public static int LowerBound(List<TreatmentMention> list, int offset)
    {
        var (lo, hi) = (0, list.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Start < offset)
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
