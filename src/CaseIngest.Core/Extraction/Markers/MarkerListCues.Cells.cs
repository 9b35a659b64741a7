namespace CaseIngest.Core.Extraction.Markers;

/// <summary>A cell population named after a marker mention ("CD8+ T cells", "CD4+ CD25+ subset"): the mention is no marker of the tumour.</summary>
internal sealed partial class MarkerListCues
{
    /// <summary>The most further antigens of a cell phenotype ("CD4+ CD25+ FOXP3+ T cells").</summary>
    private const int MaxPhenotypeAntigens = 3;

    /// <summary>The longest antigen name of a cell phenotype ("HLA-DR", "CD45RO").</summary>
    private const int MaxAntigenLength = 8;

    public bool FollowedByCells(int end)
    {
        // "CD8+ T cells", "CD3+/8+ lymphocytes"; a phenotype of several positive antigens before the cells
        // ("CD4+ CD25+ T cells", "CD8+/HLA-DR+ subset") names one population too
        var p = SkipSigns(end, end + 12);
        for (var antigens = 0; antigens < MaxPhenotypeAntigens && PositiveAntigenEnd(p) is { } next; antigens++)
        {
            p = SkipSigns(next, next + 12);
        }

        return MarkerDocument.CueStartingAt(_rightCues, p, out var cue) && cue.Value.Kind == MarkerCue.Cells;
    }

    private int SkipSigns(int p, int limit)
    {
        while (p < _text.Length && p < limit && (_text[p] is ' ' or '-' or '/' or '+' || char.IsDigit(_text[p])))
        {
            p++;
        }

        return p;
    }

    /// <summary>Where a further antigen written with a plus sign ("CD25+", "HLA-DR+") ends after its sign; null when none starts at <paramref name="p"/>.</summary>
    private int? PositiveAntigenEnd(int p)
    {
        var q = p;
        while (q < _text.Length && q < p + MaxAntigenLength && (char.IsLetterOrDigit(_text[q]) || (_text[q] == '-' && q > p)))
        {
            q++;
        }

        return q > p && char.IsUpper(_text[p]) && q < _text.Length && _text[q] == '+' ? q + 1 : null;
    }
}
