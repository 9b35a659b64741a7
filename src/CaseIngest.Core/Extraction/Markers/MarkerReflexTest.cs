using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The in situ hybridisation that settles an equivocal stain: "HER2 was equivocal (2+), and FISH showed no
/// amplification", "HER2 2+ (equivocal). SISH confirmed amplification." Read from the end of the equivocal reading to
/// the end of the next sentence; the first verdict found there is the marker's result, with its method.
/// </summary>
internal static partial class MarkerReflexTest
{
    public static (MarkerResult Result, string Method, int End)? Verdict(ExtractionContext context, int from)
    {
        var index = context.SentenceIndexAt(from);
        if (index < 0)
        {
            return null;
        }

        var end = index + 1 < context.Sentences.Count ? context.Sentences[index + 1].End : context.Sentences[index].End;
        if (end <= from)
        {
            return null;
        }

        var match = Reflex().Match(context.Text, from, end - from);
        if (!match.Success)
        {
            return null;
        }

        var named = match.Groups["m"].Value;
        var method = named.StartsWith('F') ? "FISH" : named.Contains("ISH", StringComparison.Ordinal) ? named : "ISH";
        var result = match.Groups["no"].Success ? MarkerResult.Negative : MarkerResult.Positive;
        return (result, method, match.Index + match.Length);
    }

    /// <summary>
    /// "FISH showed no amplification", "FISH did not show amplification", "FISH was negative for amplification",
    /// "in situ hybridization revealed ERBB2 amplification", "SISH: not amplified", "FISH confirmed gene amplification".
    /// </summary>
    [GeneratedRegex(@"\b(?<m>FISH|SISH|CISH|DISH|ISH|[Ff]luorescence\s+in\s+situ\s+hybridi[sz]ation|in\s+situ\s+hybridi[sz]ation)\b[^.;]{0,50}?(?:(?<no>\bno\b|\bnot\b|\bwithout\b|\bnegative\s+for\b|\babsence\s+of\b|\bnon-?)[^.;]{0,25}?)?\bamplifi(?:cation|ed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reflex();
}
