using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A cycle schedule that closes a list of drugs each written with its own dose ("docetaxel at 75 mg/m2 and
/// cyclophosphamide at 600 mg/m2 every three weeks", "epirubicin 90 mg/m2 on day 1 and 600 mg/m2 cyclophosphamide on
/// day 1, repeated every 21 days for four cycles") is the schedule of every drug of the list, not of the last one only.
/// Only an interval of cycles (a week or more, up to six weeks) and a count are carried; a daily schedule after the
/// last drug ("… and capecitabine 1000 mg/m2 twice daily") and a monthly one are its own. A drug that states its own
/// schedule keeps it, and a schedule followed by more words of the clause ("… every 4 weeks was added") closes
/// nothing.
/// </summary>
internal static partial class DrugDosedListSchedule
{
    private const int ScheduleReach = 120;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        (Frequency? Frequency, int? Cycles) carried = (null, null);
        for (var i = mentions.Count - 1; i > 0; i--)
        {
            var current = mentions[i];
            if (carried.Frequency is null)
            {
                carried = ClosingSchedule(text, current);
            }

            var previous = mentions[i - 1];
            if (carried.Frequency is null || previous.Attributes.Frequency is not null || previous.End > current.Start
                || context.SentenceIndexAt(previous.Start) != context.SentenceIndexAt(current.Start)
                || !DosedJointRegex().IsMatch(text.AsSpan(previous.End, current.Start - previous.End)))
            {
                carried = (null, null);
                continue;
            }

            mentions[i - 1] = previous with
            {
                Attributes = previous.Attributes with { Frequency = carried.Frequency, Cycles = previous.Attributes.Cycles ?? carried.Cycles },
            };
        }
    }

    /// <summary>The interval and count of cycles the words after a dosed drug close its clause with, or nulls.</summary>
    private static (Frequency? Frequency, int? Cycles) ClosingSchedule(string text, DrugMention mention)
    {
        var length = Math.Min(ScheduleReach, text.Length - mention.End);
        if (length <= 0 || ClosingScheduleRegex().Match(text, mention.End, length) is not { Success: true } m)
        {
            return (null, null);
        }

        var frequency = mention.Attributes.Frequency is { } f && IsCycleInterval(f) ? f : null;
        return (frequency, frequency is not null && m.Groups["count"].Success ? mention.Attributes.Cycles : null);
    }

    private static bool IsCycleInterval(Frequency frequency) => frequency.Unit switch
    {
        "week" => frequency.Every is >= 1 and <= 6,
        "day" => frequency.Every is >= 7 and <= 42,
        _ => false,
    };

    private const string Amount = @"(?:AUC\s?(?:of\s|=\s?|:\s?)?\d+(?:\.\d+)?|\d[\d.,]*\s?(?:mg|g|µg|μg|mcg|IU|U|units)(?:\s?/\s?(?:m2|m²|kg))?)";

    /// <summary>The days of a drug's dose: " on day 1", ", on days 1 and 8", " d1-3", " (days 1, 8)"; a day number is whole, so
    /// "on day 1 and 500 mg" ends at the day.</summary>
    private const string Days = @"(?:,?\s+on\s+days?\s+\d{1,2}(?!\d)(?>(?:\s?(?:,|and|-|–|&|to)\s?\d{1,2}(?!\d))*)|\s+\(?d(?:ays?)?\s?\d{1,2}(?!\d)(?>(?:\s?(?:,|-|–|&)\s?\d{1,2}(?!\d))*)\)?)";

    /// <summary>A drug's own dose after its name, with its route and days: " at 75 mg/m2", " at a dose of 1000 mg/m2 IV on days 1 and 8", " (AUC 5)".
    /// The blanks, commas and brackets around it are read at once (atomic groups), so a long run of them costs one pass.</summary>
    private const string Dose = @"(?>[\s,(]*)(?:(?:at\s+|in\s+)?(?:(?:a|the)\s+)?(?:total\s+)?(?:dose|dosage)\s+of\s+|at\s+)?" + Amount
        + @"(?:\s+(?:IV|i\.v\.|intravenously|SC|subcutaneously|orally|PO))?" + Days + @"?(?>[\s)]*)";

    /// <summary>
    /// The words between two drugs of a dosed list: the first drug's dose (with its route and days) or its days alone
    /// when its dose came before it, a list word, and the second drug's dose or route when written before it.
    /// | words between | match |
    /// |---|---|
    /// | " at 75 mg/m2 and " | yes |
    /// | " 90 mg/m2 on day 1 and 500 mg/m2 intravenous " | yes |
    /// | " on day 1 and 500 mg/m2 " | yes |
    /// | " (AUC 5), " | yes |
    /// | " at 75 mg/m2, then " | no |
    /// | " and " | no (an undosed list shares its clause already) |
    /// </summary>
    [GeneratedRegex(@"^(?:" + Dose + "|" + Days + @"(?>\s*))(?:,\s*(?:(?:and|plus)\s+)?|(?:and|plus)\s+)(?:(?:\d[\d.,]*\s?(?:mg|g|µg|μg|mcg|IU|U|units)(?:\s?/\s?(?:m2|m²|kg))?|AUC\s?\d+(?:\.\d+)?)\s+(?:of\s+)?)?(?:(?:intravenous|oral|subcutaneous|IV)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DosedJointRegex();

    /// <summary>
    /// A dose after the last drug, then a cycle schedule and perhaps a count that end the clause at a full stop,
    /// semicolon, closing bracket or line end: " at 600 mg/m2 every three weeks.", " 600 mg/m2 on day 1, cycled every 21
    /// days for 4 cycles;", " 6 mg/kg q3w)".
    /// </summary>
    [GeneratedRegex(@"\G(?:" + Dose + "|" + Days + @")?(?>[\s,]*)(?<=\s)(?:(?:cycled|repeated|given|administered)\s+)?(?:every\s+(?:\d{1,2}|two|three|four|five|six|other)\s+(?:weeks?|days)|q\s?\d{1,2}\s?(?:w|wks?|weeks?|d|days?)|(?:once\s+)?weekly|bi-?weekly|fortnightly|tri-?weekly|(?:2|3|4|two|three|four)-weekly|in\s+(?:\d{1,2}|fourteen|twenty-one|twenty-eight)-day\s+cycles)(?<count>,?\s+(?:for\s+(?:a\s+total\s+of\s+)?|x\s?|×\s?)(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:cycles|courses))?\s*[.;)\n]", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingScheduleRegex();
}
