namespace CaseIngest.Core.Extraction.Markers;

/// <summary>The words the scanner looks ahead at: a sign standing alone, a plural verb, a protein change.</summary>
internal sealed partial class MarkerScanner
{
    /// <summary>A sign ending at <paramref name="p"/> stands alone when a bracket, a list comma or the end of the clause follows it.</summary>
    private bool StandsAlone(int p, int limit)
    {
        while (p < limit && MarkerValues.IsSpace(_text[p]))
        {
            p++;
        }

        return p >= limit || _text[p] is ')' or ']' or ',' or ';' or '.';
    }

    private bool FollowedByPluralVerb(int p, int limit)
    {
        while (p < limit && MarkerValues.IsSpace(_text[p]))
        {
            p++;
        }

        var end = p;
        while (end < limit && char.IsLetter(_text[end]))
        {
            end++;
        }

        return IsPluralVerb(p, end);
    }

    /// <summary>
    /// Whether a cue that a level is within normal limits ("within normal limits", "showed no abnormalities") follows
    /// <paramref name="p"/>, after filler words only ("were all within normal limits").
    /// </summary>
    private bool FollowedByNormal(int p, int limit)
    {
        while (true)
        {
            while (p < limit && MarkerValues.IsSpace(_text[p]))
            {
                p++;
            }

            if (p >= limit || !MarkerDocument.CueStartingAt(_rightCues, p, out var cue))
            {
                return false;
            }

            if (cue.Value.Kind != MarkerCue.Filler)
            {
                return cue.Value.Result == MarkerResult.Normal;
            }

            p = cue.End;
        }
    }

    private static readonly HashSet<string> ApproximationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "approximately", "about", "around", "nearly", "roughly", "almost", "some",
    };

    /// <summary>Whether "in" or "at", perhaps with a word of approximation after it ("in approximately", "at about"), stands right before <paramref name="p"/>.</summary>
    private bool AfterIn(int p)
    {
        var q = SkipSpaceBack(p);
        var word = q;
        while (word > 0 && char.IsLetter(_text[word - 1]))
        {
            word--;
        }

        if (word < q && ApproximationWords.Contains(_text[word..q]))
        {
            q = SkipSpaceBack(word);
        }

        // "in less than one percent of cells", "low at two percent", "expressed by 30% of the cells": the share follows
        // the result as its value
        if (q < 3)
        {
            return false;
        }

        var preposition = _text.AsSpan(q - 2, 2);
        return (preposition.Equals("in", StringComparison.OrdinalIgnoreCase) || preposition.Equals("at", StringComparison.OrdinalIgnoreCase)
            || preposition.Equals("by", StringComparison.OrdinalIgnoreCase)) && !char.IsLetter(_text[q - 3]);
    }

    private int SkipSpaceBack(int p)
    {
        while (p > 0 && MarkerValues.IsSpace(_text[p - 1]))
        {
            p--;
        }

        return p;
    }

    private bool IsPluralVerb(int start, int end) =>
        _text.AsSpan(start, end - start) is var word
        && (word.Equals("were", StringComparison.OrdinalIgnoreCase) || word.Equals("are", StringComparison.OrdinalIgnoreCase));

    private bool FollowedByProteinChange(int p, int limit)
    {
        while (p < limit && _text[p] == ' ')
        {
            p++;
        }

        return p + 1 < limit && _text[p] == 'p' && _text[p + 1] == '.';
    }

    /// <summary>
    /// "TMB was high at 12 mutations per megabase", "Ki-67 was high at 80%": a count of mutations after the verdict of a
    /// mutational burden, and a percentage after the verdict of the proliferation index, is its value.
    /// </summary>
    private bool ValueAfterVerdict(MarkerEntry entry, int p, int limit)
    {
        if (entry.Name is not ("TMB" or "Ki-67"))
        {
            return false;
        }

        var match = MarkerPatterns.Number().Match(_text, p, Math.Min(40, limit - p));
        var unit = match.Groups["u"].Value;
        return match.Success && match.Index == p
            && (entry.Name == "TMB" ? unit.StartsWith("mut", StringComparison.OrdinalIgnoreCase) : unit == "%" || unit.StartsWith("per", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "expressed in 40% of the tumour cells", "seen in approximately 30% of the nuclei", "in 30-40 percent of nuclei", "expressed in &lt;1% of tumour
    /// cells", "expressed by 30% of the cells": after "in" or "by" (and a word of approximation), a percentage says how many
    /// cells hold the result.
    /// </summary>
    private bool ShareOfCells(int p, int limit)
    {
        if (!AfterIn(p))
        {
            return false;
        }

        if (p < limit && _text[p] is '<' or '≤' or '>' or '≥')
        {
            p++;
            while (p < limit && _text[p] == ' ')
            {
                p++;
            }
        }

        var digits = p;
        while (digits < limit && (char.IsDigit(_text[digits]) || _text[digits] is '.' or ',' or '-' or '–'))
        {
            digits++;
        }

        while (digits < limit && _text[digits] == ' ')
        {
            digits++;
        }

        return digits > p && digits < limit && (_text[digits] == '%' || MarkerPatterns.PercentWord().IsMatch(_text.AsSpan(digits, Math.Min(8, limit - digits))));
    }
}
