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

        if (ListsMmrProteins(entry, open, close))
        {
            // "MMR-deficient (loss of MSH2/MSH6)", "dMMR (MLH1/PMS2 loss)": the proteins in the bracket keep their own results
            return close + 1;
        }

        if (!reading.HasContent && MarkerCompartment.InBracket(_text, open + 1, close))
        {
            // "CD34 (vascular +)", "BCL2 (germinal centre +)": the stain of the vessels or the follicles, not of the tumour
            reading.OtherPlace = true;
            _doc.Consume(open, close);
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

    /// <summary>The mention read is the mismatch repair status and the next mention, a repair protein, stands in the bracket.</summary>
    private bool ListsMmrProteins(MarkerEntry entry, int open, int close) =>
        entry is { Kind: MarkerKind.Mmr, Gene: null } && _reading + 1 < _mentions.Count
        && _mentions[_reading + 1] is { Value: { Kind: MarkerKind.Mmr, Gene: not null } } next && next.Start > open && next.End <= close;
}
