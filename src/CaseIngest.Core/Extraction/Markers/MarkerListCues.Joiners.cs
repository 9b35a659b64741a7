namespace CaseIngest.Core.Extraction.Markers;

/// <summary>The joiners of a marker list that are more than a comma, "and" or "or".</summary>
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
        return (p > sentenceStart && _text[p - 1] == ',')
            || (p - 4 > sentenceStart && _text.AsSpan(p - 4, 4) is " and")
            || (p - 3 > sentenceStart && _text.AsSpan(p - 3, 3) is " or")
            ? p
            : end;
    }
}
