namespace CaseIngest.Core.Extraction.Markers;

/// <summary>A bracket after a marker mention: a list of markers that share its result, or an aside read into its reading.</summary>
internal sealed partial class MarkerScanner
{
    /// <summary>Reads the bracket opening at <paramref name="open"/>; returns where the reading goes on, or null when the bracket does not close.</summary>
    private int? ReadBracket(MarkerEntry entry, int open, int limit, MarkerReading reading)
    {
        var close = _doc.Close(open, limit);
        if (close < 0)
        {
            return null;
        }

        if (MarkerFusionPartners.InBracket(_text, open, close, entry) is { } partner)
        {
            // "ALK rearrangement (EML4-ALK)", "RET (KIF5B) fusion": the bracket names the fusion partner
            reading.Variant ??= partner;
            if (reading.Result is null)
            {
                reading.Apply(MarkerResult.Rearranged, isExplicit: false);
            }

            _doc.Consume(open, close);
            return close + 1;
        }

        if (_doc.ListsMarkers(open + 1, close, _reading))
        {
            // "mismatch repair proteins (MLH1, MSH2, MSH6 and PMS2) were intact": the listed markers share the result
            return close + 1;
        }

        var inner = new MarkerReading();
        ReadRight(entry, open + 1, close, inner, 1);
        reading.Absorb(inner);
        if (entry.Kind == MarkerKind.Serum && inner.ReferenceUpper is { } upper)
        {
            reading.ReferenceUpper = upper;
            reading.ApplyReference();
        }

        _doc.Consume(open, close);
        return close + 1;
    }
}
