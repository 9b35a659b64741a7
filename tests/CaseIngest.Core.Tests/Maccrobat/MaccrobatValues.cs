using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// Reads the words of MACCROBAT modifier spans (Dosage, Administration, Frequency, Lab_value, Outcome, Age, Sex) into the
/// normalised keys the evaluation compares with the engine's facts. Null means "no value our contract can express".
/// </summary>
internal static partial class MaccrobatValues
{
    private const int TimeoutMs = 1000;

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["twelve"] = 12,
    };

    /// <summary>A dose key "value|unit" ("AUC 5" is "5|auc"): grams become milligrams, every micro spelling becomes µg, "m²" becomes m2;
    /// an infusion rate per minute ("0.3 µg/kg/min") is no dose.</summary>
    public static string? Dose(string text)
    {
        if (AucRegex().Match(text) is { Success: true } auc)
        {
            return DoseKey(double.Parse(auc.Groups["n"].Value, CultureInfo.InvariantCulture), "AUC");
        }

        var match = DoseRegex().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["n"].Value;
        number = ThousandsRegex().IsMatch(number) ? number.Replace(",", "", StringComparison.Ordinal) : number.Replace(',', '.');
        var value = double.Parse(number, CultureInfo.InvariantCulture);
        if (match.Groups["million"].Success)
        {
            value *= 1_000_000;
        }

        var unit = match.Groups["unit"].Value.Replace('\u03bc', '\u00b5').Replace("mcg", "\u00b5g", StringComparison.OrdinalIgnoreCase)
            .Replace("m\u00b2", "m2", StringComparison.Ordinal).ToLowerInvariant();
        return DoseKey(value, unit);
    }

    /// <summary>The same key for an engine dose; "IU", "UI" and "units" are one unit, "u".</summary>
    public static string DoseKey(double value, string unit)
    {
        unit = unit.Replace('\u03bc', '\u00b5').ToLowerInvariant();
        var slash = unit.IndexOf('/', StringComparison.Ordinal);
        var head = slash < 0 ? unit : unit[..slash];
        if (head is "iu" or "ui" or "unit" or "units")
        {
            unit = "u" + unit[head.Length..];
        }

        if (unit == "g" || unit.StartsWith("g/", StringComparison.Ordinal))
        {
            (value, unit) = (value * 1000, "mg" + unit[1..]);
        }

        return $"{Format(value)}|{unit}";
    }

    /// <summary>A route of the contract from an Administration span, or null for forms that name no route ("emulsion").</summary>
    public static string? Route(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower switch
        {
            _ when lower.Contains("intrathecal", StringComparison.Ordinal) => "intrathecal",
            _ when lower.Contains("intravitreal", StringComparison.Ordinal) => "intravitreal",
            _ when lower.Contains("intramuscular", StringComparison.Ordinal) || lower is "im" or "i.m." => "intramuscular",
            _ when lower.Contains("subcutaneous", StringComparison.Ordinal) || lower is "sc" or "s.c." => "subcutaneous",
            _ when lower.Contains("intravenous", StringComparison.Ordinal) || lower.Contains("infusion", StringComparison.Ordinal)
                || lower is "iv" or "i.v." or "by vein" => "intravenous",
            _ when lower.StartsWith("oral", StringComparison.Ordinal) || lower is "by mouth" or "po" or "p.o." or "tablets" or "tablet" => "oral",
            _ when lower.StartsWith("topical", StringComparison.Ordinal) || lower is "ointment" or "cream" => "topical",
            _ => null,
        };
    }

    /// <summary>
    /// A frequency key "every|day" in days (hours and weeks become days, months stay months) from a Frequency or Dosage
    /// span: "daily", "twice daily", "3 times a week", "every 8 h", "every two months", "100 mg/day", "weekly".
    /// </summary>
    public static string? Frequency(string text)
    {
        if (EveryRegex().Match(text) is { Success: true } every)
        {
            var n = every.Groups["n"].Success ? Count(every.Groups["n"].Value) : 1;
            return every.Groups["other"].Success ? FrequencyKey(2, "day") : FrequencyKey(n, every.Groups["unit"].Value);
        }

        if (PerRegex().Match(text) is { Success: true } per)
        {
            var times = per.Groups["times"].Success ? Count(per.Groups["times"].Value) : 1;
            return FrequencyKey(1.0 / times, per.Groups["unit"].Value);
        }

        return null;
    }

    /// <summary>The number of cycles a Dosage or Frequency span states ("six cycles", "3 courses"), or null.</summary>
    public static int? Cycles(string text) =>
        CyclesRegex().Match(text) is { Success: true } match ? (int)Count(match.Groups["n"].Value) : null;

    /// <summary>The same key for an engine frequency (unit hour, day, week or month).</summary>
    public static string FrequencyKey(double every, string unit)
    {
        var lower = unit.ToLowerInvariant();
        return lower switch
        {
            _ when lower.StartsWith('h') => $"{Format(every / 24)}|day",
            _ when lower.StartsWith('w') => $"{Format(every * 7)}|day",
            _ when lower.StartsWith("mo", StringComparison.Ordinal) => $"{Format(every)}|month",
            _ when lower.StartsWith('y') || lower.StartsWith('a') => $"{Format(every * 12)}|month",
            _ => $"{Format(every)}|day",
        };
    }

    /// <summary>
    /// The result of a marker from a Lab_value span: staining words are "positive", their absence "negative"; mutation,
    /// amplification and rearrangement words their contract results. Null for values the contract has no result for.
    /// </summary>
    public static string? MarkerResult(string text)
    {
        var lower = text.ToLowerInvariant().Trim();
        if (NegativeRegex().IsMatch(lower))
        {
            return "negative";
        }

        return lower switch
        {
            _ when lower.Contains("wild", StringComparison.Ordinal) => "wild-type",
            _ when lower.Contains("amplif", StringComparison.Ordinal) => "amplified",
            _ when lower.Contains("rearrang", StringComparison.Ordinal) || lower.Contains("fusion", StringComparison.Ordinal) => "rearranged",
            _ when lower.Contains("mutat", StringComparison.Ordinal) => "mutated",
            _ when lower.Contains("loss", StringComparison.Ordinal) || lower == "lost" => "lost",
            _ when lower.Contains("retain", StringComparison.Ordinal) || lower == "intact" => "intact",
            _ when PositiveRegex().IsMatch(lower) => "positive",
            _ => null,
        };
    }

    /// <summary>The contract outcome kind of an Outcome span ("died" is death); null for "doing well", "discharged" …</summary>
    public static string? OutcomeKind(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower switch
        {
            _ when DeathRegex().IsMatch(lower) => "death",
            _ when lower.Contains("remission", StringComparison.Ordinal) => "remission",
            _ when lower.Contains("recurren", StringComparison.Ordinal) || lower.Contains("relapse", StringComparison.Ordinal) => "recurrence",
            _ when lower.Contains("progress", StringComparison.Ordinal) => "progressive-disease",
            _ => null,
        };
    }

    /// <summary>A sign that is the improvement a drug was given for ("resolution of all features", "beneficial effect").</summary>
    public static bool IsImprovement(string text) => ImprovementRegex().IsMatch(text.ToLowerInvariant());

    /// <summary>
    /// The kind MACCROBAT's words can tell apart: "remission" covers complete and partial response (MACCROBAT writes
    /// "partial remission"), progression covers progressive disease.
    /// </summary>
    public static string OutcomeFamily(string kind) => kind switch
    {
        "complete-response" or "partial-response" => "remission",
        _ => kind,
    };

    /// <summary>An Age span in years ("14-month-old" is 1.17); null for vague ages ("60s", "child").</summary>
    public static double? AgeYears(string text)
    {
        if (text.Contains("newborn", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var match = AgeRegex().Match(text);
        if (!match.Success || DecadeRegex().IsMatch(text))
        {
            return null;
        }

        var value = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) + (match.Groups["half"].Success ? 0.5 : 0);
        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            var u when u.StartsWith('m') => Math.Round(value / 12, 2),
            var u when u.StartsWith('w') => Math.Round(value / 52, 2),
            var u when u.StartsWith('d') => Math.Round(value / 365, 2),
            _ => value,
        };
    }

    public static string? Sex(string text) => text.Trim().ToLowerInvariant() switch
    {
        "man" or "male" or "boy" or "gentleman" or "m" => "male",
        "woman" or "female" or "girl" or "lady" or "f" or "primipara" => "female",
        _ => null,
    };

    /// <summary>The first number of a value span ("162.69 ng/mL" is 162.69; "1,510" is 1510).</summary>
    public static double? Number(string text) =>
        NumberRegex().Match(text) is { Success: true } match
            ? double.Parse(match.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
            : null;

    public static string Format(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static double Count(string word) =>
        Numbers.TryGetValue(word, out var n) ? n : word.ToLowerInvariant() switch
        {
            "once" => 1,
            "twice" => 2,
            "thrice" => 3,
            _ => double.Parse(word, CultureInfo.InvariantCulture),
        };

    [GeneratedRegex(@"(?<n>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.,]\d+)?)\s*(?<million>million\s+)?(?<unit>mg/m2|mg/m²|mg/kg|g/kg|µg/kg|μg/kg|mcg/kg|g/m2|(?:IU|UI|units?|U)(?:/kg)?|mg|mcg|µg|μg|g|ml)(?![a-z])(?!(?:\s*/\s*(?:kg|m2))?\s*/\s*min(?:ute)?\b)", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex DoseRegex();

    [GeneratedRegex(@"\bevery\s+(?:(?<other>other\s+day)|(?:(?<n>\d+|one|two|three|four|five|six|seven|eight|ten|twelve)\s*)?(?<unit>h(?:ours?|rs?)?|days?|weeks?|months?)\b)", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex EveryRegex();

    [GeneratedRegex(@"(?:\b(?<times>once|twice|thrice)|\b(?<times>\d+|two|three|four|five|six)\s*(?:times|x))\s*(?:a|per|/|each|every)?\s*(?<unit>daily|day|weekly|week|monthly|month)\b|(?:\bper|\ba|\beach|/)\s*(?<unit>day|week|month)\b|\b(?<unit>daily|weekly|monthly)\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex PerRegex();

    [GeneratedRegex(@"\bneg|^[-−–]$|^no\b|\bnot\b|absen|\black\b|^loss of staining", RegexOptions.None, TimeoutMs)]
    private static partial Regex NegativeRegex();

    [GeneratedRegex(@"posit|^\+|\+$|express|stain|label|reactiv|^diffuse", RegexOptions.None, TimeoutMs)]
    private static partial Regex PositiveRegex();

    [GeneratedRegex(@"\b(?:died|dead|death|deceased|expired|passed away|succumbed)\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex DeathRegex();

    [GeneratedRegex(@"\b(?:AUC|area under the curve)\s*(?:of\s*|=\s*)?(?<n>\d+(?:\.\d+)?)", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex AucRegex();

    [GeneratedRegex(@"\b(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:cycles?|courses?)\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex CyclesRegex();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+$", RegexOptions.None, TimeoutMs)]
    private static partial Regex ThousandsRegex();

    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?", RegexOptions.None, TimeoutMs)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"resol|improv|benefi|relie[fv]|respon|remission|normali[sz]|disappear", RegexOptions.None, TimeoutMs)]
    private static partial Regex ImprovementRegex();

    [GeneratedRegex(@"\d0'?s\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex DecadeRegex();

    [GeneratedRegex(@"(?<n>\d+)(?<half> and a half)?(?:\D*?(?<unit>year|yr|month|week|day))?", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex AgeRegex();
}
