namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A participial aside between a marker and its verdict ("The Ki-67 index, assessed in the hot spots, was 35%";
/// "EGFR, tested by sequencing, was wild-type"): read past, as it says how the test was done, not its result. So is an
/// aside of another kind ("CD99, a marker of Ewing sarcoma, was positive"; "calretinin, which marks mesothelium, was
/// negative"; "CK7 was, as expected, positive") when a verb of being stands on one side of it and it holds no number.
/// </summary>
internal sealed partial class MarkerScanner
{
    private const int MaxAsideLength = 80;

    /// <summary>
    /// Where the reading goes on after an aside opened by the comma at <paramref name="comma"/>: the aside closes with a
    /// comma, names no marker, and a verb or value follows it; it starts with a past participle, or holds no number and
    /// has "was", "were", "is" or "are" right before or after it; else null.
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

        if (wordEnd == p || !char.IsLower(_text[p]))
        {
            return null;
        }

        var participle = wordEnd - p >= 5 && _text.AsSpan(p, wordEnd - p).EndsWith("ed", StringComparison.Ordinal);

        var close = _text.IndexOf(',', wordEnd, Math.Min(MaxAsideLength, limit - wordEnd));
        if (close < 0)
        {
            return null;
        }

        for (var q = p; q < close; q++)
        {
            if (_mentionAt.ContainsKey(q) || _text[q] is '(' or ';' || (!participle && char.IsDigit(_text[q])))
            {
                return null;
            }
        }

        var next = close + 1;
        while (next < limit && MarkerValues.IsSpace(_text[next]))
        {
            next++;
        }

        if (next >= limit || !(char.IsDigit(_text[next]) || MarkerDocument.CueStartingAt(_rightCues, next, out _)))
        {
            return null;
        }

        return participle || IsBeVerb(next, limit, forward: true) || IsBeVerb(comma, limit, forward: false) ? next : null;
    }

    /// <summary>Whether "was", "were", "is" or "are" starts at <paramref name="at"/> (forward) or ends at it (backward).</summary>
    private bool IsBeVerb(int at, int limit, bool forward)
    {
        var start = at;
        var end = at;
        if (forward)
        {
            while (end < limit && char.IsLetter(_text[end]))
            {
                end++;
            }
        }
        else
        {
            while (start > 0 && char.IsLetter(_text[start - 1]))
            {
                start--;
            }
        }

        return _text.AsSpan(start, end - start) is "was" or "were" or "is" or "are";
    }
}
