using System.Text.RegularExpressions;

namespace CaseIngest.Core.Formats;

/// <summary>Identifier clean-up shared by the parsers: DOIs without URL prefix or trailing punctuation.</summary>
internal static partial class Identifiers
{
    public static string? CleanDoi(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = DoiRegex().Match(text);
        return match.Success ? match.Value.TrimEnd('.', ',', ';', ')') : null;
    }

    [GeneratedRegex(@"10\.\d{4,9}/[^\s""<>]+")]
    public static partial Regex DoiRegex();
}
