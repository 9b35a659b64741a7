namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A participial aside between a marker and its verdict ("The Ki-67 index, assessed in the hot spots, was 35%";
/// "EGFR, tested by sequencing, was wild-type"): read past, as it says how the test was done, not its result. So is an
/// aside of another kind ("CD99, a marker of Ewing sarcoma, was positive"; "calretinin, which marks mesothelium, was
/// negative"; "CK7 was, as expected, positive") when a verb of being stands on one side of it and it holds no number;
/// and so is an aside that denies other markers ("synaptophysin, but not chromogranin, was positive"), which keep their own.
/// </summary>
internal sealed partial class MarkerScanner
{
    private const int MaxAsideLength = 80;

    /// <summary>
    /// Where the reading goes on after an aside opened by the comma at <paramref name="comma"/>: the aside closes with a
    /// comma, names no marker (unless it opens with "but not" or "not"), and a verb or value follows it; it starts with a past participle, or holds no number and
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
        // "synaptophysin, but not chromogranin, was positive": the markers the aside denies keep their own reading
        var denies = _text.AsSpan(p, limit - p).StartsWith("but not ", StringComparison.Ordinal)
            || _text.AsSpan(p, limit - p).StartsWith("not ", StringComparison.Ordinal);

        var close = _text.IndexOf(',', wordEnd, Math.Min(MaxAsideLength, limit - wordEnd));
        if (close < 0)
        {
            return null;
        }

        for (var q = p; q < close; q++)
        {
            if (_mentionAt.TryGetValue(q, out var named))
            {
                if (!denies)
                {
                    return null;
                }

                // "CK7, but not CK20, was expressed": the digits of a denied marker's name are no value
                q = Math.Max(q, _mentions[named].End - 1);
                continue;
            }

            if (_text[q] is '(' or ';' || (!participle && char.IsDigit(_text[q])))
            {
                return null;
            }
        }

        var next = close + 1;
        while (next < limit && MarkerValues.IsSpace(_text[next]))
        {
            next++;
        }

        if (next >= limit || !(char.IsDigit(_text[next]) || MarkerDocument.CueStartingAt(_rightCues, next, out _) || (denies && CueAfterBeVerb(next, limit))))
        {
            return null;
        }

        return participle || IsBeVerb(next, limit, forward: true) || IsBeVerb(comma, limit, forward: false) ? next : null;
    }

    /// <summary>Whether a cue follows the word of being at <paramref name="at"/>, past words of intensity: "was expressed", "were diffusely positive".</summary>
    private bool CueAfterBeVerb(int at, int limit)
    {
        if (!IsBeVerb(at, limit, forward: true))
        {
            return false;
        }

        var p = at;
        while (p < limit && char.IsLetter(_text[p]))
        {
            p++;
        }

        // "was diffusely positive", "was strongly and diffusely expressed": words of intensity stand before the cue
        for (var words = 0; words < 4; words++)
        {
            while (p < limit && MarkerValues.IsSpace(_text[p]))
            {
                p++;
            }

            var wordEnd = p;
            while (wordEnd < limit && char.IsLetter(_text[wordEnd]))
            {
                wordEnd++;
            }

            var word = _text.AsSpan(p, wordEnd - p);
            if (!IntensityWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && word is not "and")
            {
                break;
            }

            p = wordEnd;
        }

        return p < limit && MarkerDocument.CueStartingAt(_rightCues, p, out _);
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
