namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Two words of staining intensity or extent joined by "and" or "but" ("strongly and diffusely positive", "strong and
/// diffuse positivity", "focal but strong"): the conjunction joins the two descriptions of one result, not two findings.
/// </summary>
internal sealed partial class MarkerScanner
{
    internal static readonly HashSet<string> IntensityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "strongly", "strong", "diffusely", "diffuse", "focally", "focal", "weakly", "weak", "moderately", "moderate",
        "intensely", "intense", "uniformly", "uniform", "extensively", "extensive", "patchy", "heterogeneously",
        "heterogeneous", "multifocally", "multifocal", "faintly", "faint", "partially", "partial",
    };

    /// <summary>Whether "and" or "but" from <paramref name="p"/> to <paramref name="wordEnd"/> stands between two intensity words.</summary>
    private bool JoinsIntensityWords(int p, int wordEnd, int limit)
    {
        if (!(wordEnd - p == 3 && (_text.AsSpan(p, 3).Equals("and", StringComparison.OrdinalIgnoreCase) || _text.AsSpan(p, 3).Equals("but", StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        var before = SkipSpaceBack(p);
        var start = before;
        while (start > 0 && char.IsLetter(_text[start - 1]))
        {
            start--;
        }

        if (!IsIntensityWord(start, before))
        {
            return false;
        }

        var next = wordEnd;
        while (next < limit && MarkerValues.IsSpace(_text[next]))
        {
            next++;
        }

        var end = next;
        while (end < limit && char.IsLetter(_text[end]))
        {
            end++;
        }

        return IsIntensityWord(next, end);
    }

    private bool IsIntensityWord(int start, int end) =>
        end - start is >= 4 and <= 15 && IntensityWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_text.AsSpan(start, end - start));
}
