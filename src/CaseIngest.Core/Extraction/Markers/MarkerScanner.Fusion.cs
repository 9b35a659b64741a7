namespace CaseIngest.Core.Extraction.Markers;

/// <summary>A fusion named before the gene being read ("a fusion of NTRK3 with ETV6"): its partner may follow the gene.</summary>
internal sealed partial class MarkerScanner
{
    /// <summary>Whether a left cue of a rearrangement ("fusion of", "rearrangement involving") ends right before the mention being read.</summary>
    private bool FusionNamedBefore()
    {
        var start = SkipSpaceBack(_mentions[_reading].Start);
        if (start >= 4 && _text.AsSpan(start - 4, 4).Equals(" the", StringComparison.OrdinalIgnoreCase))
        {
            start = SkipSpaceBack(start - 3);
        }

        return MarkerDocument.CueEndingAt(_doc.LeftCues, start, out var cue) && cue.Value.Result == MarkerResult.Rearranged;
    }
}
