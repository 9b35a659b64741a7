using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// The response abbreviations a document defines by their words: "partial response (PR)", "stable disease (SD)". Once
/// defined, the abbreviation names that response wherever the text uses it ("CT showed the tumour PR"), even in a
/// sentence with no other response word.
/// </summary>
internal static partial class DefinedAbbreviations
{
    public static HashSet<string> Of(string text)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in DefinitionRegex().Matches(text))
        {
            defined.Add(match.Groups["a"].Value);
        }

        return defined;
    }

    // "complete response (CR)", "partial remission (PR)", "stable disease (SD)", "progressive disease (PD)"
    [GeneratedRegex(@"\b(?:(?:complete|partial)\s+(?:response|remission)\s*\((?<a>CR|PR)\)|stable\s+disease\s*\((?<a>SD)\)|progressive\s+disease\s*\((?<a>PD)\))", RegexOptions.IgnoreCase)]
    private static partial Regex DefinitionRegex();
}
