using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Cells named between a verdict noun and the "for" before its markers ("positivity in the tumour cells for S100",
/// "strong staining of the neoplastic cells for desmin"): the noun before the cells is the list's cue.
/// </summary>
internal sealed partial class MarkerListCues
{
    /// <summary>The most characters a phrase of cells between a verdict noun and "for" may take.</summary>
    private const int MaxCellsPhrase = 48;

    /// <summary>The match of <paramref name="regex"/> in the last <paramref name="maxLength"/> characters before <paramref name="end"/>, when they end with "for".</summary>
    private Match? PhraseEndingInFor(int end, int sentenceStart, int maxLength, Regex regex)
    {
        if (end - 3 < sentenceStart || !_text.AsSpan(end - 3, 3).Equals("for", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var from = Math.Max(sentenceStart, end - maxLength);
        var match = regex.Match(_text, from, end - from);
        return match.Success ? match : null;
    }

    /// <summary>
    /// The verdict noun ("positivity", "staining", "reactivity", "expression") that ends right before a phrase of cells
    /// ending at <paramref name="end"/> with "for"; null when there is none.
    /// </summary>
    private PhraseMatch<MarkerCue>? VerdictBeforeCells(int end, int sentenceStart)
    {
        if (PhraseEndingInFor(end, sentenceStart, MaxCellsPhrase, CellsBeforeFor()) is not { } match)
        {
            return null;
        }

        var p = Trim(match.Index, sentenceStart);
        return MarkerDocument.CueEndingAt(_rightCues, p, out var noun) && noun.Start >= sentenceStart && noun.Value.Explicit
            && (noun.Value.Kind == MarkerCue.Negatable || noun.Value.Result is MarkerResult.Positive or MarkerResult.Negative)
            ? noun
            : null;
    }

    /// <summary>
    /// A phrase of cells ending with "for": " in the tumour cells for", " by tumor cells for", " of the atypical lymphoid
    /// cells for"; anchored at the end of a window of at most <see cref="MaxCellsPhrase"/> characters.
    /// </summary>
    [GeneratedRegex(@"(?<=\s)(?:by|of|in|within|among)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}cells\s*,?\s*for$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CellsBeforeFor();
}
