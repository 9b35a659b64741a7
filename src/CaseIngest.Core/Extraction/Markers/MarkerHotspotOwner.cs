using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A hotspot that names its gene on its own ("an E545K mutation" is PIK3CA) written right after another gene ("a CARD11
/// p.E545K variant", "an ARAF V600E mutation") is that gene's variant: the hotspot's own gene is no mention there, and
/// the gene before it reads the variant.
/// </summary>
internal static class MarkerHotspotOwner
{
    /// <summary>The longest gap from a gene to the hotspot it owns: " ", " p.", " (p.".</summary>
    private const int MaxGap = 5;

    /// <summary>Drops each bare hotspot mention that another gene's mention right before it owns.</summary>
    public static void Drop(string text, List<PhraseMatch<MarkerEntry>> mentions)
    {
        var kept = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!(i > 0 && OwnedByGeneBefore(text, mentions[i - 1], mentions[i])))
            {
                mentions[kept++] = mentions[i];
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    private static bool OwnedByGeneBefore(string text, PhraseMatch<MarkerEntry> before, PhraseMatch<MarkerEntry> hotspot)
    {
        if (hotspot.Value.Variant is null || before.Value.Gene is null || before.Value.Variant is not null
            || before.Value.Name == hotspot.Value.Name || hotspot.Start - before.End is < 1 or > MaxGap)
        {
            return false;
        }

        // the hotspot is written alone ("E545K"), not with its own gene ("PIK3CA E545K")
        if (text.AsSpan(hotspot.Start, hotspot.End - hotspot.Start).Contains(hotspot.Value.Name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var c in text.AsSpan(before.End, hotspot.Start - before.End))
        {
            if (!(char.IsWhiteSpace(c) || c is '(' or 'p' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
