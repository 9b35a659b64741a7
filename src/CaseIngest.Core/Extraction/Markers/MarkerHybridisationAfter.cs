using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The in situ hybridisation told after a HER2 staining result, before the next marker of the sentence: "HER2 was 3+
/// by IHC and amplified by FISH (ratio 5.2)", "HER2 1+ on immunohistochemistry, not amplified on SISH", "HER2 3+ on
/// IHC, FISH ratio 6.1". Each method is its own test: the hybridisation gives its verdict (or the verdict its ratio
/// reads by), its method and its ratio.
/// </summary>
internal static partial class MarkerHybridisationAfter
{
    /// <summary>The ratio at or above which a HER2 hybridisation ratio reads amplified.</summary>
    private const double AmplificationRatio = 2.0;

    /// <summary>The hybridisation read in [<paramref name="from"/>, <paramref name="limit"/>) of <paramref name="text"/>; null when there is none.</summary>
    public static (MarkerResult Result, string Method, double? Ratio, int Start, int End)? Read(string text, int from, int limit)
    {
        if (limit <= from)
        {
            return null;
        }

        var span = text.AsSpan(from, limit - from);
        if (!span.Contains("ISH", StringComparison.Ordinal) && !span.Contains("in situ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var verdict = Verdict().Match(text, from, limit - from);
        var ratio = Ratio().Match(text, from, limit - from);
        var named = verdict.Success ? verdict : NamedMethod().Match(text, from, limit - from);
        if (!named.Success || !(verdict.Success || ratio.Success))
        {
            return null;
        }

        double? value = ratio.Success ? double.Parse(ratio.Groups["v"].ValueSpan, CultureInfo.InvariantCulture) : null;
        var result = verdict.Success
            ? verdict.Groups["no"].Success ? MarkerResult.Negative : MarkerResult.Positive
            : value >= AmplificationRatio ? MarkerResult.Positive : MarkerResult.Negative;
        var method = named.Groups["m"].Value[0] is 'F' or 'f' ? "FISH" : "ISH";
        var start = Math.Min(named.Index, ratio.Success ? ratio.Index : named.Index);
        var end = Math.Max(named.Index + named.Length, ratio.Success ? ratio.Index + ratio.Length : 0);
        return (result, method, value, start, end);
    }

    private const string Method = @"(?<m>FISH|SISH|CISH|DISH|ISH|[Ff]luorescen(?:ce|t)\s+in\s+situ\s+hybridi[sz]ation|in\s+situ\s+hybridi[sz]ation)\b";

    /// <summary>
    /// A hybridisation and its verdict, either way round:
    /// | text                                   | verdict  |
    /// |----------------------------------------|----------|
    /// | amplified by FISH                      | positive |
    /// | not amplified on FISH                  | negative |
    /// | no evidence of amplification by SISH   | negative |
    /// | FISH showed amplification              | positive |
    /// | FISH showed no amplification           | negative |
    /// | FISH was negative                      | negative |
    /// </summary>
    [GeneratedRegex(@"(?:(?<no>\bno|\bnot|\bwithout|\babsence\s+of|\bnon-?)\s*(?:[a-z]+\s+){0,2}?)?\bamplifi(?:ed|cation)\b[^.;]{0,30}?\b(?:on|by|with|in|using)\s+(?:[a-z-]+\s+){0,2}?" + Method
        + @"|\b" + Method + @"(?:[^.;]{0,50}?(?:(?<no>\bno\b|\bnot\b|\bwithout\b|\bnegative\s+for\b|\babsence\s+of\b|\bnon-?)[^.;]{0,25}?)?\bamplifi(?:cation|ed)\b"
        + @"|(?:\s+(?:testing|test|analysis|results?|was|were|showed|revealed)){0,2}\s*[:,]?\s*(?:(?<no>negative)|positive)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Verdict();

    /// <summary>The hybridisation named: "FISH", "SISH", "fluorescence in situ hybridization".</summary>
    [GeneratedRegex(@"\b" + Method, RegexOptions.CultureInvariant)]
    private static partial Regex NamedMethod();

    /// <summary>A ratio with its number: "ratio 5.2", "ratio of 1.4", "HER2/CEP17 ratio was 2.6", "ratio: 3".</summary>
    [GeneratedRegex(@"\bratio\b(?:\s+(?:of|at|was|is))?\s*[:=]?\s*(?<v>\d+(?:\.\d+)?)(?![\d.]*\s*%)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ratio();
}
