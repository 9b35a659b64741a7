namespace CaseIngest.Core.Extraction.Markers;

/// <summary>The joiners between the items of a marker list: a comma, "and", "nor", "or", and a repeated "for" after one.</summary>
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

    /// <summary>Where a list joiner (",", " and", " nor", " or") ending at <paramref name="end"/> starts; null when none ends there.</summary>
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

        return end - 3 > sentenceStart && _text.AsSpan(end - 3, 3) is " or" ? end - 3 : null;
    }
}
