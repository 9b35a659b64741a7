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

    private const string Method = @"(?<m>FISH|SISH|CISH|DISH|ISH|[Ff]luorescence\s+in\s+situ\s+hybridi[sz]ation|in\s+situ\s+hybridi[sz]ation)\b";

    /// <summary>
    /// "FISH showed no amplification", "FISH did not show amplification", "FISH was negative for amplification",
    /// "in situ hybridization revealed ERBB2 amplification", "SISH: not amplified", "FISH confirmed gene amplification";
    /// the verdict of the method alone ("FISH negative", "FISH was positive"); and the amplification named before the
    /// method ("with no amplification on FISH", "amplification confirmed by FISH").
    /// </summary>
    [GeneratedRegex(@"\b" + Method + @"(?:[^.;]{0,50}?(?:(?<no>\bno\b|\bnot\b|\bwithout\b|\bnegative\s+for\b|\babsence\s+of\b|\bnon-?)[^.;]{0,25}?)?\bamplifi(?:cation|ed)\b|(?:\s+(?:testing|test|analysis|results?|was|were|came\s+back)){0,2}\s*[:,]?\s*(?:(?<no>negative)|positive)\b)|(?:(?<no>\bno\b|\bwithout\b|\babsence\s+of\b)[^.;]{0,15}?)?\bamplifi(?:cation|ed)\b[^.;]{0,30}?\b(?:on|by|with|in)\s+" + Method, RegexOptions.CultureInvariant)]
    private static partial Regex Reflex();
}
