using System.Globalization;
using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Reads dose, route, frequency and cycles from the words around a drug mention: "200 mg every 3 weeks",
/// "AUC 5", "q3w", "twice daily", "intravenously", "for 4 cycles", "two cycles of", "weekly for 4 weeks". Pure; the regular expressions
/// are generated once.
/// </summary>
public static partial class DrugAttributeParser
{
    /// <summary>
    /// A figure: "1,000" groups thousands, while a comma followed by one or two digits is a decimal comma ("0,6 ml",
    /// "2,5 mg").
    /// </summary>
    private const string Number = @"\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3},\d{1,2}(?![\d,])|\d+(?:\.\d+)?|\.\d+";
    private const string CountWord = NumberWords.CountWords;

    /// <summary>Attributes stated in <paramref name="segment"/>, text that follows a mention.</summary>
    public static DrugAttributes After(ReadOnlySpan<char> segment)
    {
        if (segment.IsWhiteSpace())
        {
            return DrugAttributes.None;
        }

        var hasDigit = segment.IndexOfAnyInRange('0', '9') >= 0;
        var mayHaveCycles = MayCountCycles(segment);

        // Most segments state nothing: tested on the span first, so only a segment with an attribute costs a string.
        if (!(hasDigit && (AucRegex().IsMatch(segment) || DoseRegex().IsMatch(segment)))
            && !(mayHaveCycles && (CyclesAfter.IsMatch(segment) || HasCountAfter(segment)))
            && !RouteRegex().IsMatch(segment) && !Matches(segment, FormRouteCues, FormRouteRegex())
            && !Matches(segment, EveryCues, EveryRegex()) && !Matches(segment, CycleLengthCues, CycleLengthRegex())
            && !Matches(segment, CountWeeklyCues, CountWeeklyRegex()) && !Matches(segment, QCues, QRegex()) && !Matches(segment, TimesPerCues, TimesPerRegex())
            && !NamedFrequencyRegex().IsMatch(segment) && !Matches(segment, ListedWeeksCues, ListedWeeksRegex()) && !Matches(segment, PerIntervalCues, PerIntervalRegex()))
        {
            return DrugAttributes.None;
        }

        var text = segment.ToString();
        Frequency? doseFrequency = null;
        var dose = hasDigit ? FindDose(text, out doseFrequency) : null;
        var cycles = mayHaveCycles ? FindCyclesAfter(text) : null;
        return new DrugAttributes(dose, FindRoute(text), DailyWithinCycle(text) ?? WeeklyWithinCycle(text) ?? PerDayWithinCycle(text, doseFrequency) ?? FindScheduleFrequency(text) ?? doseFrequency, cycles);
    }

    /// <summary>Attributes stated in <paramref name="segment"/>, text right before a mention ("200 mg of", "IV", "two cycles of").</summary>
    public static DrugAttributes Before(ReadOnlySpan<char> segment)
    {
        if (segment.IsWhiteSpace())
        {
            return DrugAttributes.None;
        }

        var hasDigit = segment.IndexOfAnyInRange('0', '9') >= 0;
        var mayHaveCycles = MayCountCycles(segment);
        if (!(hasDigit && DoseBeforeRegex().IsMatch(segment)) && !RouteBeforeRegex().IsMatch(segment) && !FrequencyBeforeRegex().IsMatch(segment)
            && !(mayHaveCycles && (CyclesBeforeRegex().IsMatch(segment) || SingleDoseBeforeRegex().IsMatch(segment))))
        {
            return DrugAttributes.None;
        }

        var text = segment.ToString();
        Dose? dose = null;
        Frequency? frequency = null;
        if (hasDigit && DoseBeforeRegex().Match(text) is { Success: true } m)
        {
            dose = ToDose(m, out frequency);
        }

        string? route = RouteBeforeRegex().Match(text) is { Success: true } r ? CanonicalRoute(r.Groups["route"].Value) : null;
        var frequencyBefore = FrequencyBeforeRegex().Match(text) is { Success: true } f ? FindFrequency(f.Value) : null;
        int? cycles = mayHaveCycles && CountBeforeMatch(text) is { Success: true } c ? ParseCount(c.Groups["n"].Value) : null;
        return new DrugAttributes(dose, route, frequencyBefore ?? frequency, cycles);
    }

    /// <summary>
    /// The count of cycles stated in <paramref name="segment"/>, text right before a mention: the cycles of
    /// <see cref="Before"/> alone, for a wider window whose other attributes are not read.
    /// </summary>
    public static int? CyclesBefore(ReadOnlySpan<char> segment) =>
        MayCountCycles(segment) && (CyclesBeforeRegex().IsMatch(segment) || SingleDoseBeforeRegex().IsMatch(segment))
            && CountBeforeMatch(segment.ToString()) is { Success: true } c
            ? ParseCount(c.Groups["n"].Value)
            : null;

    /// <summary>
    /// Where a dose that belongs to the next drug begins at the end of <paramref name="segment"/> ("… and 2400 mg of"),
    /// or -1 when the segment does not end with one.
    /// </summary>
    public static int TrailingDoseStart(ReadOnlySpan<char> segment)
    {
        if (segment.IndexOfAnyInRange('0', '9') < 0)
        {
            return -1;
        }

        return FirstMatchIndex(DoseBeforeRegex(), segment);
    }

    /// <summary>Where the first match of <paramref name="regex"/> in <paramref name="segment"/> begins, or -1: found on the span, without a string.</summary>
    private static int FirstMatchIndex(Regex regex, ReadOnlySpan<char> segment)
    {
        foreach (var m in regex.EnumerateMatches(segment))
        {
            return m.Index;
        }

        return -1;
    }

    /// <summary>
    /// Where a count of cycles that opens the next drug begins at the end of <paramref name="segment"/> ("… followed by
    /// 4 cycles of"), or -1 when the segment does not end with one.
    /// </summary>
    public static int TrailingCyclesStart(ReadOnlySpan<char> segment)
    {
        if (!MayCountCycles(segment))
        {
            return -1;
        }

        var start = FirstMatchIndex(CyclesBeforeRegex(), segment);
        return start >= 0 ? start : FirstMatchIndex(SingleDoseBeforeRegex(), segment);
    }

    /// <summary>
    /// Where a hand-over to the next drug that opens with a schedule begins at the end of <paramref name="segment"/> ("…
    /// followed by weekly", ", then weekly", " and subsequently fortnightly"), or -1: the schedule is the next drug's.
    /// </summary>
    public static int TrailingScheduleHandOverStart(ReadOnlySpan<char> segment)
    {
        if (!OrdinalIgnoreCase.Contains(segment, "followed") && !OrdinalIgnoreCase.Contains(segment, "then")
            && !OrdinalIgnoreCase.Contains(segment, "subsequently") && !OrdinalIgnoreCase.Contains(segment, "thereafter"))
        {
            return -1;
        }

        return FirstMatchIndex(HandOverScheduleRegex(), segment);
    }

    public static Dose? FindDose(string text, out Frequency? perTime)
    {
        perTime = null;
        if (AucRegex().Match(text) is { Success: true } auc && TryNumber(auc.Groups["value"].Value, out var aucValue))
        {
            return new Dose(aucValue, "AUC");
        }

        for (var m = DoseRegex().Match(text); m.Success; m = m.NextMatch())
        {
            if (!CumulativeBeforeRegex().IsMatch(text.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index))))
            {
                return ToDose(m, out perTime);
            }
        }

        return null;
    }

    /// <summary>
    /// Attributes a drug shares with the rest of its clause (<paramref name="segment"/> follows the mention): as
    /// <see cref="After"/>, except that an infusion or tablet after a dose is that dose's drug's form, not this one's
    /// ("oxaliplatin, 85 mg/m2; fluorouracil, 2400 mg/m2 as a continuous infusion").
    /// </summary>
    public static DrugAttributes Shared(ReadOnlySpan<char> segment)
    {
        var attributes = After(segment);
        if (attributes.Route is null || RouteRegex().IsMatch(segment))
        {
            return attributes;
        }

        var text = segment.ToString();
        var form = FormRouteRegex().Match(text);
        var dose = DoseRegex().Match(text);
        var auc = AucRegex().Match(text);
        return (dose.Success && dose.Index < form.Index) || (auc.Success && auc.Index < form.Index) ? attributes with { Route = null } : attributes;
    }

    public static int? FindCyclesAfter(string text) =>
        (CyclesAfter.Match(text) is { Success: true } m ? m : CountAfterMatch(text)) is { Success: true } c ? ParseCount(c.Groups["n"].Value) : null;

    /// <summary>A count in digits or words, or an ordinal in words or digits with its suffix ("six", "twice", "fifth", "4th").</summary>
    public static int? ParseCount(string value)
    {
        var word = value.Trim().ToLowerInvariant();
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        // "2nd", "5th": the digits of an ordinal
        if (word.Length > 2 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th"
            && int.TryParse(word.AsSpan(0, word.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
        {
            return ordinal;
        }

        if (word.Length > 0 && char.IsAsciiLetter(word[0]) && NumberWords.TryParse(word, out var cardinal) && cardinal >= 1)
        {
            return (int)cardinal;
        }

        if (NumberWords.TryParseOrdinal(word, out var nth))
        {
            return nth;
        }

        return word switch
        {
            "once" or "a" or "a single" or "single" or "one-off" or "solitary" => 1, "twice" => 2, "thrice" => 3,
            _ => null,
        };
    }

    private static Dose? ToDose(Match m, out Frequency? perTime)
    {
        perTime = null;
        if (!TryNumber(m.Groups["value"].Value, out var value))
        {
            return null;
        }

        var raw = m.Groups["unit"].Value;
        var unit = MillionUnitsRegex().IsMatch(raw) ? MillionUnits(raw, ref value) : CanonicalDoseUnit(raw);
        if (unit is null)
        {
            return null;
        }

        if (m.Groups["per"].Success && m.Groups["per"].Value.Length > 0)
        {
            perTime = new Frequency(1, CanonicalTimeUnit(m.Groups["per"].Value));
        }

        return new Dose(value, unit);
    }

    /// <summary>"6 million units" is 6,000,000 U; "3 MIU" is 3,000,000 IU.</summary>
    private static string MillionUnits(string raw, ref double value)
    {
        value *= 1_000_000;
        return raw.Contains("international", StringComparison.OrdinalIgnoreCase) || raw.StartsWith("MIU", StringComparison.Ordinal) ? "IU" : "U";
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(DecimalCommaRegex().IsMatch(text) ? text.Replace(',', '.') : text.Replace(",", string.Empty, StringComparison.Ordinal),
            NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static string? CanonicalDoseUnit(string raw)
    {
        var unit = raw.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("²", "2", StringComparison.Ordinal)
            .Replace("^2", "2", StringComparison.Ordinal).Replace("(2)", "2", StringComparison.Ordinal).Replace("μ", "µ", StringComparison.Ordinal);
        var lower = unit.ToLowerInvariant().Replace("persquaremeter", "/m2", StringComparison.Ordinal)
            .Replace("persquaremetre", "/m2", StringComparison.Ordinal).Replace("per", "/", StringComparison.Ordinal);
        return lower switch
        {
            "mg" or "milligram" or "milligrams" => "mg",
            "g" or "gm" or "gram" or "grams" => "g",
            "µg" or "mcg" or "ug" or "microgram" or "micrograms" => "µg",
            "ng" => "ng",
            "mg/kg" => "mg/kg",
            "µg/kg" or "mcg/kg" or "ug/kg" => "µg/kg",
            "g/kg" or "gm/kg" => "g/kg",
            "mg/m2" or "mg/sqm" => "mg/m2",
            "g/m2" or "gm/m2" or "g/sqm" => "g/m2",
            "µg/m2" or "mcg/m2" => "µg/m2",
            "iu" or "ui" or "internationalunits" => "IU",
            "iu/kg" or "ui/kg" => "IU/kg",
            "u" or "unit" or "units" => "U",
            "u/kg" or "units/kg" => "U/kg",
            "mmol" => "mmol",
            "meq" => "mEq",
            "ml" => "mL",
            _ => null,
        };
    }

    private const string DoseUnit = @"(?:(?:million|mega)\s+(?:international\s+)?units?|MIU|milligrams?(?!-)|micrograms?(?!-)|grams?(?!-)|mg|mcg|µg|μg|ug|g|gm|ng|IU|iu|UI|units?|U|mmol|mEq|mL|ml)(?:\s?/\s?(?:kg|m2|m²|m\^2|m\(2\)|m\s2(?![\d.,])|sqm)|\s+per\s+(?:square\s+met(?:er|re)|m2|m²|kg)\b)?";

    [GeneratedRegex(@"\b(?:AUC|area\s+under\s+the\s+(?:[\w-]+\s+)?curve(?:\s*\(AUC\))?)\s*(?:of\s*|=\s*|:\s*)?(?<value>\d+(?:\.\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex AucRegex();

    /// <summary>A number and a dose unit; a concentration (per litre or per mole, "2 mg/mL") and an infusion rate per
    /// minute ("0.1 µg/kg/min") are no dose of one administration.</summary>
    [GeneratedRegex(@"(?<![\w.])(?<value>" + Number + @")\s?(?:-|–|to)?\s?(?<unit>" + DoseUnit + @")(?![\w²])(?!\s?/\s?(?:[dmµμnp]?[lL]|[dmµμnp]?mol)\b)(?!(?:\s?/\s?(?:kg|m2))?\s?/\s?min(?:ute)?\b)(?:\s?/\s?(?<per>day|d|week|wk|month|h|hr|hour)\b|\s+a\s+(?<per>day|week|month)\b)?(?!\s+(?:reduction|decrease|decrements?|increments?|increase|steps?)\b)")]
    private static partial Regex DoseRegex();

    /// <summary>A dose that ends right before the drug: "200 mg of", "a 300-mg loading dose of", "a 5000-unit bolus of", "one 500-mg tablet of".</summary>
    [GeneratedRegex(@"(?<![\w.])(?<value>" + Number + @")(?:\s?|-)(?<unit>" + DoseUnit + @")(?![\w²])(?:\s?/\s?(?<per>day|d|week|wk|month)\b)?\s*(?:(?:(?:single|daily|loading|initial|test|oral|intravenous|IV|subcutaneous)\s+){0,2}(?:dose|dosage|bolus|infusion|injection)\s+)?(?:(?:tablets?|capsules?|pills?)\s+)?(?:of\s+)?(?:(?:intravenous|oral|IV|subcutaneous)\s+)?$")]
    private static partial Regex DoseBeforeRegex();

    /// <summary>
    /// A count of cycles before the drug: "six cycles of", "two 28-day cycles of", "cycles 1-4 of", "the third course of", "the
    /// 8th cycle of" (but not a time within it or before it, "during the second cycle of", "before the second cycle of", which counts no cycles given), "six sessions of chemotherapy with", "fifteen infusions of", "12 weekly" after a verb, "6x R-CHOP", "a 6-cycle
    /// course of", "a four-course regimen of", "12 weeks of weekly"; the part of
    /// a planned course given ("4 of the 6 planned cycles of"), and the last cycle reached ("completed cycle 6 of", "after
    /// cycle 4 of", "by C4 of", but not a day of it, "after C2D8 of"); a course told given before its drugs after a comma
    /// ("Two cycles of chemotherapy were given,
    /// consisting of", "six cycles in total of"), a course whose regimen is named in a bracket after it ("two cycles of
    /// chemotherapy (the") or in a clause that tells what it held ("four courses of chemotherapy that incorporated"), and
    /// instillations counted ("six weekly instillations of").
    /// </summary>
    [GeneratedRegex(@"(?<![\w.])(?:(?<n>\d{1,2}|" + CountWord + @")\s+of\s+(?:the\s+|a\s+)?(?:\d{1,2}|" + CountWord + @")\s+(?:(?:planned|scheduled|intended|prescribed)\s+)?(?:cycles?|courses?|doses|infusions)|\b(?:after|following|completed|completing|completion\s+of|finished|finishing|by)\s+(?:the\s+)?(?:(?:cycle|course)\s+(?<n>\d{1,2})|(?-i:C)(?<n>\d{1,2})(?!\d|\s?[Dd]\d))(?:(?:\s+of\s+|\s?/\s?)\d{1,2}(?!\s*(?:mg|g|ml|days?|weeks?)\b))?|(?<n>\d+|" + CountWord + @")\s+(?:(?:more|additional|further|consecutive|successive|subsequent)\s+)?(?:(?:\d{1,2}-(?:day|week)|(?:two|three|four|2|3|4)-weekly)\s+)?(?:cycles?|courses?|rounds?|sessions?|series)|(?<=\b(?:received|receiving|given|completed|completing|underwent|by|then|after|following|with)\s)(?<n>[5-9]|[12]\d|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|eighteen|twenty|twenty-four)\s+(?:weekly|fortnightly)|\b(?:cycles?|courses?)\s+1\s?(?:-|–|to|through)\s?(?<n>\d{1,2})|(?<![\w.])(?<n>\d{1,2}|" + CountWord + @")-(?:cycles?|courses?)\s+(?:course|regimen|schedule|treatment|programme|program)|(?<![\w.])(?<n>\d{1,2}|" + CountWord + @")\s+weeks\s+of(?=\s+weekly\b)|(?<n>a(?:\s+single)?)\s+(?:cycle|course|round)|(?<!\b(?:during|throughout|within|in|into|before|until|prior\s+to|day\s+\d{1,2}\s+of)\s+)\bthe\s+(?:(?<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(?<n>\d{1,2})(?:nd|rd|th))\s+(?:cycle|course|dose|infusion|administration)|(?<n>\d{1,2}|" + CountWord + @")\s+(?:(?:more|additional|further|consecutive|subsequent)\s+)?(?:(?:weekly|monthly|daily)\s+)?(?:doses|infusions|administrations|injections|instillations|pulses|boluses|sessions)(?=\s+of\b))\s+(?:of\s+)?(?:(?:\(\s*)?(?:the|a|an|adjuvant|neoadjuvant|neo-adjuvant|palliative|induction|consolidation|maintenance|first-line|second-line|third-line|\w+-line|combined|combination|intravenous|oral|intrathecal|subcutaneous|intravesical|intra-arterial|intraperitoneal|pulse|steroid|cytotoxic|targeted|weekly|dose-dense|chemotherapy|immunotherapy|chemoimmunotherapy|immunochemotherapy|therapy|treatment|concurrent|concomitant|systemic|standard|doublet|platinum|salvage|regimen|with|consisting|and|plus|\w+-based|\w+-dose|dose-\w+|(?:high|low|full|standard|reduced|intermediate)\s+dose|\w+-agent|single\s+agent|intensified|metronomic|modified|escalated|(?:was|were)\s+(?:given|administered|completed|delivered|performed|conducted|carried\s+out|done|undertaken|composed|comprised|consisted|made\s+up)\s+(?:with|of|using)|(?:was|were)\s+(?:given|administered|delivered)(?=,)|in\s+(?:total|all)|of|systemic|which|that\s+(?:incorporated|included|comprised|contained|consisted\s+of)|comprised|comprising|composed|consisted|containing|including|included|(?-i:[A-Z][A-Z0-9/+-]{1,9}))(?:[,:]|\s*\([A-Z][\w/+-]{1,10}\),?)?\s+){0,10}(?:\(\s*)?$|(?<![\w.,])(?<n>\d{1,2})\s?[x×]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CyclesBeforeRegex();

    [GeneratedRegex(@"^\d{1,3},\d{1,2}$")]
    private static partial Regex DecimalCommaRegex();

    [GeneratedRegex(@"^(?:million|mega)\s|^MIU$", RegexOptions.IgnoreCase)]
    private static partial Regex MillionUnitsRegex();

    /// <summary>A dose that follows these words is a total over the treatment, not the dose of one administration.</summary>
    [GeneratedRegex(@"\bcumulative\s+(?:\w+\s+){0,2}(?:dose|dosage)?\s*(?:of|was|reached|:|=)?\s*(?:up\s+to\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CumulativeBeforeRegex();
}
