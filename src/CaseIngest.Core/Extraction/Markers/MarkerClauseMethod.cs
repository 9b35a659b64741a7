using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The method named in a marker's own clause: after the marker, before the next marker of its sentence and within a
/// short reach ("ALK was negative on IHC (D5F3), ROS1 was negative on FISH, and EGFR was wild-type on PCR"), so that
/// each test of a sentence that names several keeps its own method. The method then holds whatever the marker's kind,
/// as a gene tested for its protein by immunohistochemistry is.
/// </summary>
internal static class MarkerClauseMethod
{
    /// <summary>The most characters between the end of the marker and the method of its clause.</summary>
    private const int Reach = 60;

    /// <summary>The method of the clause of mention <paramref name="index"/>; null when the clause names none.</summary>
    public static string? Of(MarkerDocument doc, int index, Sentence sentence)
    {
        var mentions = doc.Mentions;
        var from = mentions[index].End;
        var next = index + 1;
        // "IDH1 R132H was detected on immunohistochemistry": a variant right after its gene that names the gene on its own
        // is the same marker
        while (next < mentions.Count && mentions[next].Value.Name == mentions[index].Value.Name && mentions[next].Start < sentence.End
            && doc.Text.AsSpan(from, mentions[next].Start - from).Trim().IsEmpty)
        {
            from = mentions[next++].End;
        }

        var limit = Math.Min(sentence.End, from + Reach);
        if (next < mentions.Count)
        {
            limit = Math.Min(limit, mentions[next].Start);
        }

        var cues = doc.MethodCues;
        int lo = 0, hi = cues.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cues[mid].Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < cues.Count && cues[i].Start < limit; i++)
        {
            if (cues[i].Value.Kind.StartsWith(MarkerCue.MethodPrefix, StringComparison.Ordinal))
            {
                return cues[i].Value.Kind[MarkerCue.MethodPrefix.Length..];
            }
        }

        return null;
    }
}
