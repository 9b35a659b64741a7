using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A list of drugs followed by as many doses and "respectively" ("carboplatin and paclitaxel (AUC 5 and 175 mg/m2,
/// respectively)", "X and Y at doses of 5 mg/kg and 3 mg/kg respectively, every 3 weeks") pairs the doses with the drugs
/// in order; the first dose after the list is not every drug's dose. When the counts differ the pairing is unknown and
/// the mentions are left as they are.
/// </summary>
internal static partial class DrugRespectively
{
    /// <summary>How far after the last drug of the list its doses and "respectively" may be.</summary>
    private const int DoseReach = 120;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var last = 1; last < mentions.Count; last++)
        {
            var sentence = context.SentenceAt(mentions[last].Start);
            var reachEnd = Math.Min(sentence.End, mentions[last].End + DoseReach);
            if (last + 1 < mentions.Count)
            {
                reachEnd = Math.Min(reachEnd, mentions[last + 1].Start);
            }

            if (reachEnd <= mentions[last].End)
            {
                continue;
            }

            var respectively = RespectivelyRegex().Match(text, mentions[last].End, reachEnd - mentions[last].End);
            if (!respectively.Success)
            {
                continue;
            }

            var first = last;
            while (first > 0 && mentions[first - 1].End >= sentence.Start && mentions[first - 1].End <= mentions[first].Start
                && ListJoinRegex().IsMatch(text.AsSpan(mentions[first - 1].End, mentions[first].Start - mentions[first - 1].End)))
            {
                first--;
            }

            var count = last - first + 1;
            var doses = DrugAttributeParser.ListedDoses(text.AsSpan(mentions[last].End, respectively.Index - mentions[last].End));
            if (!DosesFollowRegex().IsMatch(text.AsSpan(mentions[last].End, respectively.Index - mentions[last].End)))
            {
                continue;
            }

            if (count < 2 || doses.Count != count || mentions.Skip(first).Take(count).Any(m => m.Drugs.Count != 1)
                || MeasurementRegex().IsMatch(text.AsSpan(mentions[first].Start, respectively.Index - mentions[first].Start)))
            {
                continue;
            }

            for (var k = 0; k < count; k++)
            {
                var mention = mentions[first + k];
                mentions[first + k] = mention with
                {
                    Attributes = mention.Attributes with
                    {
                        Dose = doses[k].Dose,
                        Frequency = mention.Attributes.Frequency ?? doses[k].PerTime,
                    },
                    MoreDoses = null,
                };
            }
        }
    }

    /// <summary>
    /// Words that make the figures measurements of the named substances rather than doses given ("calcium and
    /// magnesium levels of 8 mg and 2 mg, respectively", "tacrolimus and sirolimus troughs").
    /// </summary>
    [GeneratedRegex(@"\b(?:levels?|concentrations?|values?|titers?|titres?|counts?|troughs?|serum|plasma|blood|urine|urinary|excretion|clearance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasurementRegex();

    /// <summary>
    /// The doses follow the list directly: in brackets, or after a giving verb and "at (doses of)" ("(5 mg and 10 mg",
    /// "were given at doses of 5 mg and", "at 5 mg and"), with at most two schedule or route words between the verb and
    /// the doses ("were administered every 3 weeks at doses of 75 mg/m2 and", "were given intravenously, weekly, at");
    /// or in the next clause of the sentence whose subject is the doses ("; the doses were 1000 mg/m2 and", "; the
    /// respective doses of the two drugs were"). A list described by other words first is left alone.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:,\s*)?(?:\(\s*|;\s*(?:the\s+)?(?:respective\s+)?(?:doses?|dosages?)\s+(?:(?:of|for)\s+(?:the\s+)?(?:two\s+|three\s+|both\s+)?(?:drugs|agents)\s+)?(?:were|was)\s+|(?:(?:was|were)\s+(?:\w+\s+)?(?:given|administered|infused|started|initiated|prescribed|dosed)\s+(?:" + ScheduleWords + @")?)?(?:at\s+|with\s+)?(?:(?:the\s+|a\s+)?(?:respective\s+)?(?:doses?|dosages?)\s+(?:of\s+)?)?)(?:AUC|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DosesFollowRegex();

    /// <summary>One or two schedule or route words, each with an optional comma: "every 3 weeks ", "on day 1, ", "intravenously ".</summary>
    private const string ScheduleWords = @"(?:(?:every\s+(?:\d{1,2}|other|two|three|four)\s+(?:days?|weeks?)|on\s+days?\s+\d{1,2}|weekly|daily|intravenously|orally|subcutaneously)\s*,?\s*){1,2}";

    [GeneratedRegex(@"\brespectively\b", RegexOptions.IgnoreCase)]
    private static partial Regex RespectivelyRegex();

    /// <summary>What joins two drugs of one list: commas, "and", "or", a slash or a plus.</summary>
    [GeneratedRegex(@"^\s*(?:,\s*)?(?:(?:and|or|plus|&|/|\+)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoinRegex();
}
