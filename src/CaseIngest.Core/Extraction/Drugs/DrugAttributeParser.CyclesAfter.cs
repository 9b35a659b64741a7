using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

public static partial class DrugAttributeParser
{
    /// <summary>
    /// A count of cycles after the drug, in one of eight families of wording: "for 4 cycles", "for three consecutive cycles", "x 6 cycles", "weekly x 12", "over two 21-day cycles", "for 6 periods", "in six weekly
    /// infusions", "in a total of nine administrations", "four times in total", "R-CHOP x6" right after its name, a count in brackets at
    /// the end of the statement ("were given alongside (x6)") and a count after the cycles ("in 21-day cycles x4"); one
    /// or more administrations told after a verb ("was given as a single infusion", "was given as three pulses of 1 g",
    /// not "as a single daily dose"), a stop after the first ("was discontinued after one dose", "stopped after the first
    /// infusion"), a single administration told after "for" ("was given for one dose"), a total with its noun left out
    /// ("every 3 weeks for a total of 6.") and the range of cycles ("for
    /// cycles 1-4"); the part of a planned course given ("given rituximab, receiving three of the six intended courses": three, not six).
    /// Each family is its own pattern, which the regex engine can look for by its first words; one pattern of all
    /// of them had to be tried at every character. The first match in the text wins, as in one pattern: no two families
    /// start with the same word, so no two match at the same place, and within a family the wordings keep their order.
    /// </summary>
    private static class CyclesAfter
    {
        private static readonly Regex[] Families =
            [TimesSignRegex(), CountFirstRegex(), PrepositionFirstRegex(), TotalTimesRegex(), CyclesSignRegex(), ScheduleFirstRegex(), AfterDoseRegex(), VerbFirstRegex()];

        public static bool IsMatch(ReadOnlySpan<char> text)
        {
            foreach (var family in Families)
            {
                if (family.IsMatch(text))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first match of any family in <paramref name="text"/>, or an unsuccessful match.</summary>
        public static Match Match(string text)
        {
            var first = System.Text.RegularExpressions.Match.Empty;
            foreach (var family in Families)
            {
                if (family.Match(text) is { Success: true } match && (!first.Success || match.Index < first.Index))
                {
                    first = match;
                }
            }

            return first;
        }
    }

    // the multiplication sign: "R-CHOP x6" right after the name, "x 6 cycles", "were given alongside (x6)", "x 4 doses"
    [GeneratedRegex(
        @"^\s*[x×]\s?(?<n>\d{1,2})\b(?![.,]\d|\s*(?:\^|10\b|/|(?:mg|g|µg|mcg|ml|cm|mm|days?|d|weeks?|wks?|months?|years?|yrs?|hours?|h|min|per|daily)\b))" + "|"
        + @"\b(?:×|x)\s?(?<n>\d+)\s+(?:cycles?|courses?|rounds?)\b" + "|"
        + @"\(\s*[x×]\s?(?<n>\d{1,2})\s*\)" + "|"
        + @"(?:×|\bx)\s?(?<n>\d{1,2})\s+(?:doses|infusions|administrations|injections|pulses|instillations)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex TimesSignRegex();

    // the count first: "three of the six intended courses" (three), "4 more cycles", "over two 21-day cycles", "four times in total"
    [GeneratedRegex(
        @"(?<![\w.])(?<n>\d{1,2}|" + CountWord + @")\s+of\s+(?:the\s+|a\s+|her\s+|his\s+)?(?:\d{1,2}|" + CountWord + @")\s+(?:(?:planned|scheduled|intended|prescribed)\s+)?(?:cycles|courses|doses|infusions)\b" + "|"
        + @"(?<![\w.])(?<n>\d+|" + CountWord + @")\s+(?:(?:more|additional|further|consecutive|successive)\s+)?(?:(?:\d{1,2}-(?:day|week)|(?:two|three|four|2|3|4)-weekly)\s+)?(?:cycles?|courses?|rounds?)\b" + "|"
        + @"\b(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")\s+times\s+in\s+total\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex CountFirstRegex();

    // a preposition first: "for three consecutive cycles", "for 6 periods", "for a total of 9 doses", "in six weekly infusions", "in a total of nine administrations", "for 4 doses", "for one dose" (not "for one dose daily"), "for the first 2 doses", "every 3 weeks for a total of 6.", "for cycles 1-4"
    [GeneratedRegex(
        @"\bfor\s+(?:\w+\s+)?(?:a\s+total\s+of\s+)?(?<n>\d+|" + CountWord + @")\s+(?:(?:more|additional|further|consecutive|successive)\s+)?(?:cycles?|courses?|rounds?|periods(?!\s+of\b))\b" + "|"
        + @"\bfor\s+a\s+total\s+of\s+(?<n>\d+|" + CountWord + @")\s+(?:doses|infusions|administrations|injections|pulses)\b" + "|"
        + @"\b(?:in|over)\s+(?:a\s+total\s+of\s+)?(?<n>\d{1,2}|" + CountWord + @")\s+(?:(?:weekly|monthly|fortnightly|biweekly|consecutive)\s+(?:doses|infusions|administrations|injections)|infusions|administrations|injections|instillations)\b" + "|"
        + @"\bfor\s+(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")\s+(?:(?:more|additional|further|consecutive|successive)\s+)?(?:doses|infusions|administrations|injections|pulses|boluses|instillations)\b" + "|"
        + @"\bfor\s+(?:only\s+)?(?<n>one|1|a\s+single)\s+(?:dose|infusion|administration|injection|pulse|instillation)\b(?!\s+(?:daily|per|a\s+day|each|every|weekly|of)\b)" + "|"
        + @"\bfor\s+(?:the\s+)?(?:first|1st|initial|next|following|subsequent|remaining|last)\s+(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")\s+(?:doses|infusions|administrations|injections|pulses|boluses)\b" + "|"
        + @"\bfor\s+a\s+total\s+of\s+(?<n>\d{1,2}|" + CountWord + @")(?![.,]\d)(?=\s*(?:[.;)]|,\s|$))" + "|"
        + @"\b(?:for|in|over|during|through)\s+(?:cycles|courses)\s+1\s?(?:-|–|to|through)\s?(?<n>\d{1,2})\b(?![.,]\d)",
        RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionFirstRegex();

    // a total of times: "a total of 4 times"
    [GeneratedRegex(
        @"\ba\s+total\s+of\s+(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")\s+times\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex TotalTimesRegex();

    // the cycles and then the sign: "in 21-day cycles x4"
    [GeneratedRegex(
        @"\b(?:cycles|courses)\s*[x×]\s?(?<n>\d{1,2})\b(?![.,]\d)",
        RegexOptions.IgnoreCase)]
    private static partial Regex CyclesSignRegex();

    // the schedule first: "weekly x 12", "q3w x4", "every 2 weeks x 6", "weekly for 4 weeks", "once monthly for 6 months"
    [GeneratedRegex(
        @"\b(?:weekly|monthly|q\s?\d{1,2}\s?w(?:ee)?ks?|q\d{1,2}w|every\s+(?:\d{1,2}|two|three|four)\s+(?:weeks|days))\s*(?:×|x)\s?(?<n>\d{1,2})\b(?![.,]\d)(?!\s*(?:mg|g|µg|mcg|ml|cm|mm|days?|months?|hours?|h|every|of|per|each|q\d)\b)" + "|"
        + @"\b(?:once\s+)?weekly\s+(?:for|×|x)\s+(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")\s+(?:consecutive\s+)?weeks\b" + "|"
        + @"\b(?:once\s+)?monthly\s+(?:for|×|x)\s+(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")\s+(?:consecutive\s+)?months\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex ScheduleFirstRegex();

    // the dose reached: "after the second dose", "following the 3rd infusion", "after 2 doses"
    [GeneratedRegex(
        @"\b(?:after|following|completing|completed)\s+(?:the\s+|his\s+|her\s+)?(?:(?<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth)|(?<n>\d{1,2})(?:nd|rd|th))\s+(?:doses?|infusions?|administrations?|injections?)\b" + "|"
        + @"\b(?:after|following)\s+(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")\s+(?:doses|infusions|administrations|injections|pulses|boluses)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AfterDoseRegex();

    // a verb first: "was given as a single infusion", "given as three pulses of 1 g" (not "as a single daily dose"), "was discontinued after one dose", "stopped after the first infusion"
    [GeneratedRegex(
        @"\b(?:given|administered|infused|injected|instilled|delivered|received)\s+(?:(?:intravenously|orally|subcutaneously|intrathecally)\s+)?as\s+(?<n>a\s+single|one|\d{1,2}|" + NumberWords.TwoToTwelve + @")\s+(?:(?:intravenous|intrathecal|intravesical|bolus)\s+)?(?:doses?|infusions?|injections?|pulses?|boluses|instillations?|administrations?)\b(?!\s+(?:daily|per|a\s+day|each|every|at\s+bedtime|a\s+week|weekly)\b)" + "|"
        + @"\b(?:stopped|discontinued|ceased|withdrawn|halted|interrupted|terminated|abandoned|suspended)\s+(?:\w+\s+)?(?:after|following)\s+(?:(?<n>one|1|a\s+single)|(?:only\s+)?the\s+(?<n>first))\s+(?:cycle|course|dose|infusion|administration|injection|round|instillation)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex VerbFirstRegex();
}
