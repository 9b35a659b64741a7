using System.Buffers;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Patients;

/// <summary>
/// How many patients the title or abstract says the report describes: "we present two cases", "we report three
/// patients with …", "Two cases of …", "three case presentations". One (or nothing said) is no series.
/// </summary>
internal static partial class StatedSeries
{
    /// <summary>The plural nouns one of which ends every statement of a count ("two cases", "three case presentations").</summary>
    private static readonly SearchValues<string> CountedNouns =
        SearchValues.Create(["cases", "presentations", "reports", "patients", "siblings"], StringComparison.OrdinalIgnoreCase);

    public static int Count(ExtractionContext context)
    {
        var best = 1;
        var lead = CaseReportGate.Lead(context);
        // the lead becomes a string only when it states a count
        if (!MayCount(lead) || !CountRegex().IsMatch(lead))
        {
            return best;
        }

        foreach (Match match in CountRegex().Matches(lead.ToString()))
        {
            var word = match.Groups["n"].Value.ToLowerInvariant();
            var n = word switch
            {
                "two" or "2" => 2,
                "three" or "3" => 3,
                "four" or "4" => 4,
                "five" or "5" => 5,
                "six" or "6" => 6,
                _ => 1,
            };
            best = Math.Max(best, n);
        }

        return best;
    }

    /// <summary>Whether <paramref name="text"/> holds a plural noun a count may end in: a title or abstract without one states no count.</summary>
    internal static bool MayCount(ReadOnlySpan<char> text) => text.IndexOfAny(CountedNouns) >= 0;

    // "we present two cases", "here we describe 3 patients", "report of two cases"; or, opening a title or sentence, "Two cases of …", "Three case presentations"
    [GeneratedRegex(@"(?:\b(?:we|authors)\s+(?:report|present|describe)|\breport\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}?(?<n>two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+){0,3}?(?:cases|case\s+presentations|patients|siblings)\b"
        + @"|(?:^|[:.]\s+)(?<n>two|three|four|five|six|[2-6])\s+(?:cases\s+of|case\s+presentations|case\s+reports)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    internal static partial Regex CountRegex();
}
