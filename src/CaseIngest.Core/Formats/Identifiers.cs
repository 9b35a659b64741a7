using System.Text.RegularExpressions;

namespace CaseIngest.Core.Formats;

/// <summary>Identifier clean-up shared by the parsers: DOIs without URL prefix, trailing punctuation or a figure's or table's part.</summary>
internal static partial class Identifiers
{
    public static string? CleanDoi(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = DoiRegex().Match(text);
        if (!match.Success)
        {
            return null;
        }

        // a figure's or table's DOI ("10.1080/15384047.2019.1595274-F0001", "10.1371/journal.pone.0123456.g001") names its article
        var doi = match.Value.TrimEnd('.', ',', ';', ')');
        var component = ComponentRegex().Match(doi);
        return component.Success ? doi[..component.Index] : doi;
    }

    [GeneratedRegex(@"(?:-[FT]\d{3,4}|\.[gt]\d{3})[A-Za-z]*$", RegexOptions.None)]
    private static partial Regex ComponentRegex();

    [GeneratedRegex(@"10\.\d{4,9}/[^\s""<>]+")]
    public static partial Regex DoiRegex();
}
