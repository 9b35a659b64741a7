using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The upper limit of a reference interval written after a serum value: "(normal &lt; 5 ng/mL)", "(reference range
/// 0-37 U/mL)", "(upper limit of normal 40)", "(reference range, below 35 U/mL)", "(ref. &lt; 30 U/mL)". A value above it reads high, one within it normal.
/// </summary>
internal static partial class MarkerReference
{
    public static double? UpperBound(string text, int from, int limit)
    {
        var to = Math.Min(limit, Math.Min(text.Length, from + 40));
        if (to <= from)
        {
            return null;
        }

        var match = Bound().Match(text, from, to - from);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["hi"].Success ? match.Groups["hi"].Value : match.Groups["lt"].Value;
        return double.TryParse(number.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var upper) ? upper : null;
    }

    /// <summary>Right after the cue: "&lt; 5", "≤5.0", "0-37", "0 to 37", ": 40".</summary>
    [GeneratedRegex(@"\G[\s:=,.]*(?:(?:of|is|was|upper|limit|value|values|range)\s+)*(?:(?:[<≤]|below|under|less\s+than|up\s+to)\s?(?<lt>\d+(?:[.,]\d+)?)|\d+(?:[.,]\d+)?\s?(?:[-–]|to)\s?(?<hi>\d+(?:[.,]\d+)?)|(?<lt>\d+(?:[.,]\d+)?)(?=\s?(?:[a-zµ/%]+)?\s?\)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bound();
}
