using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A stain named by its family ("cytokeratin", "keratin") with the antibody that stained in brackets after it:
/// "cytokeratin (AE1/AE3)", "keratin (CAM5.2)", "cytokeratin (CK7)". The writer names one stain, the bracketed one, so
/// the words are one mention of it. A family name in brackets after a specific stain ("AE1/AE3 (pan-cytokeratin)")
/// already reads as the specific stain.
/// </summary>
internal static class MarkerAntibodyBrackets
{
    /// <summary>The family of the keratin stains: written before its antibody, it names no stain of its own.</summary>
    internal const string Family = "pan-cytokeratin";

    /// <summary>Replaces each family name and its bracketed stain with one mention of the bracketed stain.</summary>
    public static void Join(string text, List<PhraseMatch<MarkerEntry>> mentions)
    {
        List<PhraseMatch<MarkerEntry>>? joined = null;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (family, antibody) = (mentions[i], mentions[i + 1]);
            if (family.Value.Name != Family || antibody.Value.Kind != MarkerKind.Stain || antibody.Value.Name == Family
                || !Bracketed(text, family.End, antibody))
            {
                continue;
            }

            joined ??= [];
            joined.Add(new PhraseMatch<MarkerEntry>(family.Start, antibody.End, antibody.Value));
        }

        JoinedMentions.Replace(mentions, joined);
    }

    /// <summary>Whether <paramref name="inner"/> is all that stands in a bracket opening after <paramref name="end"/>: "cytokeratin ( AE1/AE3 )".</summary>
    private static bool Bracketed(string text, int end, PhraseMatch<MarkerEntry> inner)
    {
        var p = Skip(text, end, inner.Start);
        if (p >= inner.Start || text[p] != '(' || Skip(text, p + 1, inner.Start) != inner.Start)
        {
            return false;
        }

        var close = Skip(text, inner.End, text.Length);
        return close < text.Length && text[close] == ')';
    }

    private static int Skip(string text, int from, int to)
    {
        while (from < to && text[from] == ' ')
        {
            from++;
        }

        return from;
    }
}
