namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The joiners between the items of a marker list: a comma, "and", "nor", "or", "as well as", a repeated "for" after one,
/// and a short bracket that ends the item before them.
/// </summary>
internal sealed partial class MarkerListCues
{
    /// <summary>
    /// An item that repeats the cue's preposition after a list joiner ("positive for A and for B", "negative for C, for
    /// D"): the end of the joiner, so that the item reads as in the list without the repetition; otherwise
    /// <paramref name="end"/>.
    /// </summary>
    private int WithoutRepeatedFor(int end, int sentenceStart)
    {
        if (end - 4 <= sentenceStart || !_text.AsSpan(end - 4, 4).Equals(" for", StringComparison.OrdinalIgnoreCase))
        {
            return end;
        }

        var p = end - 4;
        return JoinerStart(p, sentenceStart) is not null ? p : end;
    }

    /// <summary>
    /// Where a list joiner (",", " and", " nor", " or", " as well as" with the comma that may stand before it) ending at
    /// <paramref name="end"/> starts; null when none ends there.
    /// </summary>
    private int? JoinerStart(int end, int sentenceStart)
    {
        if (end > sentenceStart && _text[end - 1] == ',')
        {
            return end - 1;
        }

        if (end - 4 > sentenceStart && _text.AsSpan(end - 4, 4) is " and" or " nor")
        {
            return end - 4;
        }

        if (end - 3 > sentenceStart && _text.AsSpan(end - 3, 3) is " or")
        {
            return end - 3;
        }

        if (end - 11 <= sentenceStart || !_text.AsSpan(end - 11, 11).Equals(" as well as", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return _text[end - 12] == ',' ? end - 12 : end - 11;
    }

    /// <summary>
    /// Where a short bracket ending at <paramref name="end"/> opens: a reference to a figure or table ("(Figure 3)",
    /// "(Fig. 2B)") or a clone or aside with no result in it ("(D5F3)", "(clone SP263)"); null when none, or when it holds a
    /// sign, a share or a clause word ("(+)", "(80%)", "(negative)").
    /// </summary>
    private int? BracketBefore(int end, int sentenceStart)
    {
        if (end <= sentenceStart || _text[end - 1] is not (')' or ']'))
        {
            return null;
        }

        var from = Math.Max(sentenceStart, end - 32);
        var open = _text.LastIndexOfAny(['(', '['], end - 1, end - from);
        if (open < 0)
        {
            return null;
        }

        var inside = _text.AsSpan(open + 1, end - open - 2).Trim();
        if (inside.StartsWith("fig", StringComparison.OrdinalIgnoreCase) || inside.StartsWith("table", StringComparison.OrdinalIgnoreCase))
        {
            return open;
        }

        return inside.Length > 0 && inside.IndexOfAny("+-%\u2212") < 0 && char.IsLetterOrDigit(inside[0]) && !MarkerPatterns.ClauseWord().IsMatch(inside)
            ? open
            : null;
    }
}
