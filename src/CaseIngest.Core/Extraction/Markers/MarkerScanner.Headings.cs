namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The mismatch repair status written as a heading or a label before the proteins it covers ("Mismatch repair
/// immunostaining: lost MLH1 and PMS2, retained MSH2 and MSH6", "MMR: MLH1 intact, PMS2 lost"), or as the subject of a
/// test whose verdict opens the list of proteins ("Mismatch repair testing showed retained MLH1 and PMS2"): the results
/// after the colon or verdict are the proteins', not the status's.
/// </summary>
internal sealed partial class MarkerScanner
{
    /// <summary>The most characters between the colon or verdict and the first protein it heads (a result word such as "lost").</summary>
    private const int MaxHeadingGap = 24;

    /// <summary>The mention read is the MMR status, and the next mention, a repair protein, follows the colon or verdict at <paramref name="colon"/> closely.</summary>
    private bool HeadsMmrProteins(MarkerEntry entry, int colon, int limit) =>
        entry is { Kind: MarkerKind.Mmr, Gene: null, Result: null } && _reading + 1 < _mentions.Count
        && _mentions[_reading + 1] is { Value: { Kind: MarkerKind.Mmr, Gene: not null } } next
        && next.Start > colon && next.Start < limit && next.Start - colon <= MaxHeadingGap;
}
