namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A participial aside between a marker and its verdict ("The Ki-67 index, assessed in the hot spots, was 35%";
/// "EGFR, tested by sequencing, was wild-type"): read past, as it says how the test was done, not its result.
/// </summary>
internal sealed partial class MarkerScanner
{
    private const int MaxAsideLength = 80;

    /// <summary>
    /// Where the reading goes on after an aside opened by the comma at <paramref name="comma"/>: the aside starts with a
    /// past participle, closes with a comma, names no marker, and a verb or value follows it; else null.
    /// </summary>
    private int? SkipAside(int comma, int limit)
    {
        var p = comma + 1;
        while (p < limit && MarkerValues.IsSpace(_text[p]))
        {
            p++;
        }

        var wordEnd = p;
        while (wordEnd < limit && char.IsLetter(_text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd - p < 5 || !char.IsLower(_text[p]) || !_text.AsSpan(p, wordEnd - p).EndsWith("ed", StringComparison.Ordinal))
        {
            return null;
        }

        var close = _text.IndexOf(',', wordEnd, Math.Min(MaxAsideLength, limit - wordEnd));
        if (close < 0)
        {
            return null;
        }

        for (var q = p; q < close; q++)
        {
            if (_mentionAt.ContainsKey(q) || _text[q] is '(' or ';')
            {
                return null;
            }
        }

        var next = close + 1;
        while (next < limit && MarkerValues.IsSpace(_text[next]))
        {
            next++;
        }

        return next < limit && (char.IsDigit(_text[next]) || MarkerDocument.CueStartingAt(_rightCues, next, out _)) ? next : null;
    }
}
