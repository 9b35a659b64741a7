using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

public static partial class DrugAttributeParser
{
    private const string SmallCount = NumberWords.TwoToTwelve;
    private const string Ordinal = NumberWords.SecondToTwelfth;

    private static bool MayCountCycles(ReadOnlySpan<char> segment) =>
        OrdinalIgnoreCase.Contains(segment, "cycle") || OrdinalIgnoreCase.Contains(segment, "course") || OrdinalIgnoreCase.Contains(segment, "round")
        || OrdinalIgnoreCase.Contains(segment, "dose") || OrdinalIgnoreCase.Contains(segment, "infusion") || OrdinalIgnoreCase.Contains(segment, "administration")
        || OrdinalIgnoreCase.Contains(segment, "pulse") || OrdinalIgnoreCase.Contains(segment, "bolus") || OrdinalIgnoreCase.Contains(segment, "weekly") || OrdinalIgnoreCase.Contains(segment, "session") || OrdinalIgnoreCase.Contains(segment, " times")
        || OrdinalIgnoreCase.Contains(segment, "monthly") || OrdinalIgnoreCase.Contains(segment, "injection") || OrdinalIgnoreCase.Contains(segment, "instillation")
        || OrdinalIgnoreCase.Contains(segment, "twice") || OrdinalIgnoreCase.Contains(segment, "thrice") || OrdinalIgnoreCase.Contains(segment, "occasion")
        || OrdinalIgnoreCase.Contains(segment, "series") || OrdinalIgnoreCase.Contains(segment, "once") || OrdinalIgnoreCase.Contains(segment, "period")
        || OrdinalIgnoreCase.Contains(segment, "total")
        || segment.Contains('×') || OrdinalIgnoreCase.Contains(segment, " x") || segment.Contains("x ", StringComparison.Ordinal) || OrdinalIgnoreCase.Contains(segment, "(x")
        || HasCycleNotation(segment);

    /// <summary>Whether a cycle in its short notation ("C4", "C2D8") may stand in <paramref name="segment"/>: a capital C before a digit.</summary>
    private static bool HasCycleNotation(ReadOnlySpan<char> segment)
    {
        for (var i = segment.IndexOf('C'); i >= 0 && i + 1 < segment.Length; i++)
        {
            if (segment[i] == 'C' && char.IsAsciiDigit(segment[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The count of cycles before the drug: a counted course (<see cref="CyclesBeforeRegex"/>) or a single dose.</summary>
    private static Match CountBeforeMatch(string text) =>
        CyclesBeforeRegex().Match(text) is { Success: true } m ? m : SingleDoseBeforeRegex().Match(text);

    /// <summary>A count after the drug in wordings <see cref="CyclesAfter"/> does not read: times, occasions, the cycle reached, a multiplier after the kind of therapy.</summary>
    private static Match CountAfterMatch(string text)
    {
        if (TimesCountRegex().Match(text) is { Success: true } times)
        {
            return times;
        }

        if (UntilCycleRegex().Match(text) is { Success: true } until)
        {
            return until;
        }

        return TotalCountRegex().Match(text) is { Success: true } total ? total : TherapyMultiplierRegex().Match(text);
    }

    private static bool HasCountAfter(ReadOnlySpan<char> segment) =>
        TimesCountRegex().IsMatch(segment) || UntilCycleRegex().IsMatch(segment) || TotalCountRegex().IsMatch(segment) || TherapyMultiplierRegex().IsMatch(segment);

    /// <summary>
    /// A count told as a total or a number: "(total, 9 doses)", "totalling eight doses", "of which he received 12 doses", "every 3 weeks, 4 doses", "the total number of cycles was 7", "number of doses: 11".
    /// </summary>
    /// <remarks>
    /// | text after the drug                         | count |
    /// |---------------------------------------------|-------|
    /// | " (total, 9 doses)"                         | 9     |
    /// | ", and the total number of cycles was 7"    | 7     |
    /// | " (number of doses: 11)"                    | 11    |
    /// | " weekly, totalling eight doses"             | 8     |
    /// | ", of which he received 12 doses"           | 12    |
    /// | ", totalling 40 mg"                         | none  |
    /// | " every 3 weeks, 4 doses."                  | 4     |
    /// | " every 3 weeks, 2 doses of which were …"   | none  |
    /// | "; the total number of lesions was 6"       | none  |
    /// </remarks>
    [GeneratedRegex(@"\btotal(?:ly|l?ing)?[,:]?\s+(?:of\s+)?(?<n>\d{1,2}|" + CountWord + @")\s+(?:doses|infusions|administrations|injections)\b|(?:\bweekly|\bevery\s+(?:\d{1,2}|two|three|four)\s+(?:weeks|days)|\bq\s?\d{1,2}\s?w(?:ee)?ks?)\s*,\s*(?<n>\d{1,2}|" + CountWord + @")\s+(?:doses|infusions|administrations|cycles|courses)\b(?!\s+(?:of|daily|a|per|each|every|were|was)\b)|\bof\s+which\s+(?:he|she|the\s+patient)\s+(?:received|had|was\s+given|completed)\s+(?:a\s+total\s+of\s+)?(?<n>\d{1,2}|" + CountWord + @")\s+(?:doses|infusions|administrations|injections|cycles|courses)\b|\bnumber\s+of\s+(?:cycles|courses|doses|infusions|administrations)(?:\s+(?:given|administered|received|delivered))?\s*(?:was|were|:|=|reached)\s*(?<n>\d{1,2}|" + CountWord + @")\b(?![.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex TotalCountRegex();

    /// <summary>
    /// A drug given a number of times: "was administered six times", "was injected twice", "etoposide two times", "on
    /// four occasions", "was performed for 6 times", "only once", "on a single occasion". A number of times per day, week or month ("three times a day", "twice weekly", "4 times/day") is a
    /// frequency, and a number of times a value ("three times the upper limit", "twice higher") no count.
    /// </summary>
    /// <remarks>
    /// | text after the drug                        | count |
    /// |--------------------------------------------|-------|
    /// | " was administered six times at 3-week …"  | 6     |
    /// | " two times."                              | 2     |
    /// | " was infused twice, without …"            | 2     |
    /// | " was given on 3 separate occasions"       | 3     |
    /// | " was given three times a week"            | none  |
    /// | " was taken twice-daily"                   | none  |
    /// | " …, the ALT rose to three times the ULN"  | none  |
    /// | " was given once, with no further dose"    | 1     |
    /// | " chemotherapy for 4 times."               | 4     |
    /// | " was given for 3 times a day"             | none  |
    /// | " was given once daily"                    | none  |
    /// | " was administered once every 3 weeks"     | none  |
    /// | " only once."                              | 1     |
    /// | " was given on a single occasion"          | 1     |
    /// </remarks>
    [GeneratedRegex(@"(?:^[\s,]*(?:only\s+|again\s+)?|\bfor\s+|\b(?:given|administered|injected|infused|repeated|received|applied|instilled|delivered|performed|used|taken|re-?administered|re-?challenged)\s+(?:(?:only|again|intravenously|orally|subcutaneously|intramuscularly|intrathecally|altogether)\s+)?)(?:(?<n>\d{1,2}|" + SmallCount + @")\s+times|(?<n>twice|thrice))\b(?![\s,-]*(?:/|(?:a|an|per|each|daily|weekly|monthly|hourly|yearly|annually|nightly|the|higher|greater|more|less|lower|larger|smaller|as|above|over|below|ULN|upper|normal|baseline|its|their|that|than|within|during|in\s+(?:a|one|each|the\s+same|\d+)|every\s+(?:day|week|month|night|morning|evening|other|\d+\s*(?:h|hrs?|hours?)))\b))|\bon\s+(?<n>\d{1,2}|" + SmallCount + @")\s+(?:(?:separate|different|further|consecutive|more)\s+)?occasions\b|\bon\s+(?:(?<n>one)|a\s+(?<n>single))\s+occasion\b|(?:\b(?:given|administered|injected|infused|received|applied|instilled|delivered)\s+(?:(?:only|just)\s+)?|^[\s,]*(?:only|just)\s+)(?<n>once)\b(?![\s,-]*(?:/|(?:a|an|per|each|daily|weekly|monthly|hourly|yearly|annually|nightly|every|more|again|or|the|in|on|at|before|after|when|if|\d+)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex TimesCountRegex();

    /// <summary>
    /// The cycle a drug was given until: "until the fifth cycle", "up to cycle 8", "until cycle 6, when …"; the last cycle of
    /// a range that begins at a later cycle ("from cycle 3 through cycle 6") is no count of the drug's cycles.
    /// </summary>
    /// <remarks>
    /// | text after the drug                  | count |
    /// |--------------------------------------|-------|
    /// | " was continued until the fifth cycle" | 5   |
    /// | " was administered up to cycle 8"     | 8     |
    /// | " from cycle 3 through cycle 6"       | none  |
    /// </remarks>
    [GeneratedRegex(@"(?<!\bfrom\s+(?:the\s+)?(?:cycle|course)\s+\d{1,2}\s+)\b(?:until|till|up\s+to|through)\s+(?:the\s+end\s+of\s+)?(?:(?:cycle|course)\s+(?<n>\d{1,2})\b(?!\s*(?:-|–|to)\s*\d)|the\s+(?:(?<n>" + Ordinal + @")|(?<n>\d{1,2})(?:nd|rd|th))\s+(?:cycle|course|dose|infusion|administration)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex UntilCycleRegex();

    /// <summary>
    /// A multiplier after the regimen and its kind of therapy ("pemetrexed/bevacizumab chemotherapy × 4") or closing a
    /// flattened schedule line after a comma ("…, 21-day cycle, x6."); a size ("3 x 4 cm") is none.
    /// </summary>
    /// <remarks>
    /// | text after the drug               | count |
    /// |-----------------------------------|-------|
    /// | " chemotherapy × 4."              | 4     |
    /// | " therapy x4 and then"            | 4     |
    /// | " (day 1), 21-day cycle, x6."     | 6     |
    /// | " chemotherapy x 3 weeks"         | none  |
    /// </remarks>
    [GeneratedRegex(@"^\s*(?:chemotherapy|therapy|regimen|treatment|immunotherapy|chemoimmunotherapy|immunochemotherapy|combination|doublet|triplet)\s*[x×]\s?(?<n>\d{1,2})\b(?![.,]\d|\s*(?:\^|/|(?:mg|g|µg|mcg|ml|cm|mm|days?|d|weeks?|wks?|months?|years?|h|min|per|daily)\b))|(?<=,)\s*[x×]\s?(?<n>\d{1,2})(?=\s*(?:[.;)]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex TherapyMultiplierRegex();

    /// <summary>
    /// One dose, infusion, injection, instillation or pulse of the drug, right before it, however the one is told: "one
    /// dose of", "a single infusion of", "1 dose of intravenous", "a single intrathecal injection of", "a one-off
    /// infusion of", "a solitary dose of", "the first and only dose of", "only the first dose of" (or cycle, "only the first
    /// cycle of"); a loading dose is no
    /// count, nor is a first dose told alone ("the first dose of", with more to follow).
    /// </summary>
    /// <remarks>
    /// | text before the drug                          | count |
    /// |-----------------------------------------------|-------|
    /// | "received one dose of "                       | 1     |
    /// | "A single infusion of "                       | 1     |
    /// | "a single intravesical instillation of "      | 1     |
    /// | "was given a one-off infusion of "            | 1     |
    /// | "The first and only dose of "                 | 1     |
    /// | "Only the first dose of "                     | 1     |
    /// | "Only the first cycle of "                    | 1     |
    /// | "The first and only course of "               | 1     |
    /// | "a single loading dose of "                   | none  |
    /// | "The first dose of "                          | none  |
    /// </remarks>
    [GeneratedRegex(@"(?<![\w.])(?:(?<n>one|1|a\s+single)|(?:a\s+)?(?<n>one-off|solitary)|the\s+(?<n>first)\s+and\s+only|only\s+(?:the\s+)?(?<n>first|one)|just\s+(?<n>one))\s+(?:(?:intravenous|intravesical|intrathecal|intramuscular|subcutaneous|intravitreal|intralesional|intra-arterial|intraperitoneal|intrapleural|oral|bolus)\s+)?(?:dose|infusion|injection|administration|instillation|pulse|cycle|course)\s+of\s+(?:(?:the|intravenous|oral|subcutaneous|intravitreal|intrathecal|intravesical|adjuvant|palliative)\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex SingleDoseBeforeRegex();
}
