using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>Puts mentions joined from several words ("cytokeratins 19 and 7", a split written name) in place of the mentions they cover.</summary>
internal static class JoinedMentions
{
    /// <summary>Replaces every mention that overlaps one of <paramref name="joined"/> with the joined ones, keeping text order; nothing when none was joined.</summary>
    public static void Replace(List<PhraseMatch<MarkerEntry>> mentions, List<PhraseMatch<MarkerEntry>>? joined)
    {
        if (joined is null)
        {
            return;
        }

        var kept = mentions.Where(m => !joined.Any(j => m.Start < j.End && j.Start < m.End)).ToList();
        kept.AddRange(joined);
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        mentions.Clear();
        mentions.AddRange(kept);
    }
}
