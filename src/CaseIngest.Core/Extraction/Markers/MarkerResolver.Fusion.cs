using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A fusion named before two genes ("a fusion between EML4 and ALK"): the curated marker is the fusion and the gene
/// known only from the HGNC vocabulary its partner, whichever order the text names them in.
/// </summary>
internal sealed partial class MarkerResolver
{
    /// <summary>The positions in the group of the fused marker and of its partner; null when the group is no such pair.</summary>
    private (int Marker, int Partner)? FusionPair(List<int> group, PhraseMatch<MarkerCue>? left)
    {
        if (group.Count != 2 || left is not { Value.Result: MarkerResult.Rearranged })
        {
            return null;
        }

        var first = _mentions[group[0]].Value;
        var second = _mentions[group[1]].Value;
        if (first.Kind != MarkerKind.Gene || second.Kind != MarkerKind.Gene)
        {
            return null;
        }

        // "no rearrangement involving EWSR1 or DDIT3": genes offered as alternatives are each tested, not joined
        var gap = _text.AsSpan(_mentions[group[0]].End, Math.Max(0, _mentions[group[1]].Start - _mentions[group[0]].End));
        if (gap.Contains(" or ", StringComparison.OrdinalIgnoreCase) || gap.Contains("nor ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var firstVocabulary = _doc.Lexicon.IsFromVocabulary(first);
        var secondVocabulary = _doc.Lexicon.IsFromVocabulary(second);
        return (firstVocabulary, secondVocabulary) switch
        {
            (false, true) => (0, 1),
            (true, false) => (1, 0),
            _ => null,
        };
    }
}
