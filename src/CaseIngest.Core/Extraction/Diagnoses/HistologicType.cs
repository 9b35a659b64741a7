using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// A histology whose type is told after it: "carcinoma of the papillary type", "adenocarcinoma of the mucinous subtype",
/// "carcinoma of the clear cell variant". The words after "of the" are the type, not an organ, and the name is the
/// type before the histology ("papillary carcinoma").
/// </summary>
internal static partial class HistologicType
{
    /// <summary>The type and the end of " of the &lt;type&gt; type|subtype|variant" right after a histology ending at <paramref name="end"/>; else null.</summary>
    public static (string Type, int End)? After(string text, int end)
    {
        // the cheap cue: " of the " right after the histology and a word of type within reach
        var to = Math.Min(text.Length, end + 48);
        if (to - end < 14 || !text.AsSpan(end, to - end).StartsWith(" of the ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = TypeRegex().Match(text, end, to - end);
        return match.Success ? (match.Groups["type"].Value.ToLowerInvariant(), match.Index + match.Length) : null;
    }

    // " of the papillary type", " of the clear cell subtype", " of the signet-ring cell variant"
    [GeneratedRegex(@"\G of the (?<type>[a-z]+(?:[\s-](?!type\b|subtype\b|variant\b)[a-z]+){0,2}) (?:type|subtype|variant)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex TypeRegex();
}
