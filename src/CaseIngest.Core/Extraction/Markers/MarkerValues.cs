using System.Globalization;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// The values of marker readings: exon variants and numbers with their units, each read at one offset of the text.
/// </summary>
internal static partial class MarkerValues
{
    /// <summary>"exon 19 deletion", "ex20ins", "del19" at <paramref name="p"/>: the variant it names; returns where it ends, or null.</summary>
    public static int? ReadExon(string text, int p, int limit, MarkerReading reading)
    {
        if (!(char.IsDigit(text[p]) || text[p] is 'e' or 'E' or 'd' or 'D'))
        {
            return null;
        }

        var window = text.Substring(p, Math.Min(32, limit - p));
        var match = MarkerPatterns.Exon().Match(window);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["k"].Value.Length > 0)
        {
            if (reading.Variant is null || reading.WeakVariant)
            {
                reading.Variant = NormaliseExon(match.Groups["n"].Value, match.Groups["k"].Value);
                reading.WeakVariant = false;
            }

            reading.Apply(MarkerResult.Mutated, isExplicit: false);
        }

        return p + match.Length;
    }

    /// <summary>A value, score or level at <paramref name="p"/> ("80%", "3+", "17.45 ng/mL", "1,200 U/mL"); returns where it ends, or -1.</summary>
    public static int ReadNumber(string text, MarkerEntry entry, int p, int limit, MarkerReading reading)
    {
        var window = text.Substring(p, Math.Min(40, limit - p));
        var match = MarkerPatterns.Number().Match(window);
        if (!match.Success)
        {
            return -1;
        }

        var unit = match.Groups["u"].Value;
        var bound = match.Groups["lt"].Success;
        var digits = match.Groups["n"].Value;
        // "1,200 U/mL": a comma before three digits groups thousands; "5,2" is a decimal comma
        var thousands = digits.Length > 4 && digits[^4] == ',';
        var number = double.Parse(thousands ? digits.Replace(",", "", StringComparison.Ordinal) : digits.Replace(',', '.'), CultureInfo.InvariantCulture);
        if (unit.StartsWith('+'))
        {
            ApplyScoreBand(number, entry, reading);
            return p + match.Length;
        }

        if (unit.Length == 0 && !reading.Ratio && IsBareScore(text, entry, match, p + match.Length, limit, number))
        {
            // "HER2 (0)", "HER2 score 0", "HER2 IHC 0": a staining score written without its plus sign
            ApplyScoreBand(number, entry, reading);
            reading.Value ??= number;
            return p + match.Length;
        }

        if (unit.Length == 0)
        {
            // "CPS was 20-30": a bare range is a score's only after the score is named
            if (!(reading.AllowBareNumber || reading.Method is not null || entry.Name == "TMB") || (match.Groups["n2"].Success && reading.Method is not ("CPS" or "TPS")))
            {
                return -1;
            }
        }

        if (bound || match.Groups["n2"].Success)
        {
            reading.Bounded = true;
            reading.LessThan = bound && IsUpperBound(match.Groups["lt"].Value);
            reading.Range ??= match.Groups["n2"].Success
                ? (number, double.Parse(match.Groups["n2"].Value.Replace(',', '.'), CultureInfo.InvariantCulture))
                : reading.LessThan ? (0, number) : (number, null);
            if (bound && !reading.LessThan && !match.Groups["n2"].Success)
            {
                reading.Value ??= number;
            }
        }
        else if (reading.LaterValue)
        {
            // "decreased from 910 to 42 U/mL": the latest value stands
            reading.Value = number;
            reading.Unit = CanonicalUnit(unit) ?? reading.Unit;
            reading.LaterValue = false;
        }
        else
        {
            reading.Value ??= number;
        }

        reading.Unit ??= CanonicalUnit(unit);
        return p + match.Length;
    }

    /// <summary>
    /// A staining score reads by its bands: 0 negative, 1 low, 2 equivocal (settled by hybridisation), 3 positive. A HER2
    /// score decides over the word beside it ("HER2 negative (score 1+)" is low); another marker's word stays.
    /// </summary>
    private static void ApplyScoreBand(double number, MarkerEntry entry, MarkerReading reading)
    {
        if (entry.Gene == "ERBB2" && number is < 2 or >= 3)
        {
            reading.Banded = true;
            if (reading.Result is MarkerResult.Positive or MarkerResult.Negative)
            {
                reading.Override(number switch { >= 3 => MarkerResult.Positive, >= 1 => MarkerResult.Low, _ => MarkerResult.Negative });
                return;
            }
        }

        switch (number)
        {
            case >= 3:
                reading.Apply(MarkerResult.Positive, isExplicit: true);
                break;
            case >= 2:
                reading.Equivocal = true;
                break;
            case >= 1:
                reading.Apply(MarkerResult.Low, isExplicit: true);
                break;
            default:
                reading.Apply(MarkerResult.Negative, isExplicit: true);
                break;
        }
    }

    /// <summary>
    /// A whole number from 0 to 3 after HER2 that ends its clause, bracket or table cell ("HER2 0,", "HER2 (0)", "HER2 score 3.", "| HER2 | 0 |"):
    /// the staining score, whose scale has no other values.
    /// </summary>
    private static bool IsBareScore(string text, MarkerEntry entry, System.Text.RegularExpressions.Match match, int end, int limit, double number)
    {
        if (entry.Gene != "ERBB2" || entry.Kind != MarkerKind.Protein || match.Groups["n2"].Success || match.Groups["lt"].Success
            || number is not (0 or 1 or 2 or 3) || match.Groups["n"].Value.Length != 1)
        {
            return false;
        }

        while (end < limit && IsSpace(text[end]))
        {
            end++;
        }

        return end >= limit || text[end] is ')' or ']' or ',' or ';' or '.' or '|';
    }

    private static string? CanonicalUnit(string unit)
    {
        if (unit.Length == 0)
        {
            return null;
        }

        // "40 percent", "5 per cent"
        if (unit == "%" || unit.StartsWith("per", StringComparison.OrdinalIgnoreCase))
        {
            return "%";
        }

        if (unit.StartsWith("mut", StringComparison.OrdinalIgnoreCase))
        {
            return "mut/Mb";
        }

        return unit.ToLowerInvariant() switch
        {
            "ng/ml" => "ng/mL",
            "pg/ml" => "pg/mL",
            "mau/ml" => "mAU/mL",
            "ug/l" or "µg/l" or "μg/l" => "µg/L",
            "pmol/l" => "pmol/L",
            "iu/ml" => "IU/mL",
            "miu/ml" => "mIU/mL",
            "u/ml" => "U/mL",
            "u/l" => "U/L",
            "ku/l" => "kU/L",
            "iu/l" => "IU/L",
            "ng/dl" => "ng/dL",
            var other => other,
        };
    }

    /// <summary>"&lt;", "≤", "less than", "below", "under": the number is the most the value can be.</summary>
    private static bool IsUpperBound(string bound) =>
        bound.Trim() is "<" or "≤" || bound.StartsWith("less", StringComparison.OrdinalIgnoreCase) || bound.StartsWith("lower", StringComparison.OrdinalIgnoreCase)
        || bound.StartsWith("fewer", StringComparison.OrdinalIgnoreCase) || bound.StartsWith("below", StringComparison.OrdinalIgnoreCase)
        || bound.StartsWith("under", StringComparison.OrdinalIgnoreCase);

    /// <summary>A space, also the thin and no-break spaces typesetters put around "&gt;" ("c.2231C\u2009&gt;\u2009A").</summary>
    internal static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u2009' or '\u200A' or '\u202F';
}
