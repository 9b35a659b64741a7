namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A word of staining extent, intensity or place right before a gene's name ("strong diffuse SATB2 expression",
/// "nuclear TLE1 expression", "focal PAX5 expression") says its product was stained, as naming the method does.
/// </summary>
internal sealed partial class MarkerResolver
{
    private static readonly HashSet<string> PlacesOfStaining = new(StringComparer.OrdinalIgnoreCase)
    {
        "nuclear", "membranous", "membrane", "cytoplasmic",
    };

    private bool StainWordBefore(int start, int sentenceStart)
    {
        var end = start;
        while (end > sentenceStart && MarkerValues.IsSpace(_text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > sentenceStart && char.IsLetter(_text[begin - 1]))
        {
            begin--;
        }

        var word = _text.AsSpan(begin, end - begin);
        return word.Length >= 4
            && (MarkerScanner.IntensityWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || PlacesOfStaining.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));
    }
}
