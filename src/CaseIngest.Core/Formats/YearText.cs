using System.Text.RegularExpressions;

namespace CaseIngest.Core.Formats;

/// <summary>The first plausible publication year (1800–2199) in a date string such as "2019 Nov-Dec" or "Winter 1998-1999".</summary>
internal static partial class YearText
{
    public static int? First(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = YearRegex().Match(text);
        return match.Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?:^|\D)(?<year>(?:18|19|20|21)\d\d)(?:\D|$)")]
    private static partial Regex YearRegex();
}
