using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A HER2 in-situ hybridisation ratio after the mention ("HER2 FISH ratio of 2.3", "HER2/CEP17 ratio 1.4"): the number
/// that follows is the ratio, and a hybridisation method named between the mention and the ratio is its method; so too
/// in a bracket after a staining score ("HER2 2+ (FISH ratio 2.4)"), where the ratio settles the equivocal score.
/// </summary>
internal sealed partial class MarkerScanner
{
    /// <summary>Where the reading goes on after a ratio word at <paramref name="p"/> of a HER2 mention; else null.</summary>
    private int? ReadRatio(MarkerEntry entry, int p, int limit, MarkerReading reading)
    {
        if (entry.Gene != "ERBB2" || reading.Value is not null || reading.Bounded)
        {
            return null;
        }

        var match = RatioWords().Match(_text, p, Math.Min(40, limit - p));
        if (!match.Success || match.Index != p)
        {
            return null;
        }

        reading.Ratio = true;
        reading.AllowBareNumber = true;
        var between = _text.AsSpan(_mentions[_reading].End, p - _mentions[_reading].End);
        if (between.Contains("FISH", StringComparison.Ordinal))
        {
            reading.Method ??= "FISH";
        }
        else if (between.Contains("ISH", StringComparison.Ordinal))
        {
            reading.Method ??= "ISH";
        }

        return p + match.Length;
    }

    /// <summary>"ratio", "ratio of", "ratio at", "ratio was", "/CEP17 ratio", "/CEP-17 ratio is" at the start of the span.</summary>
    [GeneratedRegex(@"\G(?:/\s?CEP-?17\s+)?ratio\b(?:\s+(?:of|at|was|is)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatioWords();
}
