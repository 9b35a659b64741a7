using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A count appended to a drug's name in brackets or after a comma, as lists and summaries of treatment lines write it:
/// "nivolumab, 14 doses", "weekly paclitaxel (12 doses)", "FOLFIRINOX (cycles: 8)", "docetaxel (no. of cycles = 4)", "doxorubicin (cycles 1-6)".
/// Doses a day or a week ("2 doses daily") are a schedule, not a count.
/// </summary>
internal static partial class DrugAppendedCount
{
    private const int CountReach = 40;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var start = mention.End;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            if (mention.Attributes.Cycles is not null || start >= text.Length || text[start] is not ('(' or ','))
            {
                continue;
            }

            var end = Math.Min(text.Length, start + CountReach);
            if (i + 1 < mentions.Count && mentions[i + 1].Start < end)
            {
                end = Math.Max(start, mentions[i + 1].Start);
            }

            if (AppendedCountRegex().Match(text, start, end - start) is { Success: true } m
                && DrugAttributeParser.ParseCount(m.Groups["n"].Value) is { } cycles and > 0)
            {
                mentions[i] = mention with { Attributes = mention.Attributes with { Cycles = cycles } };
            }
        }
    }

    /// <summary>Whether a count is appended at <paramref name="end"/>, the end of a drug's name.</summary>
    public static bool IsAppended(string text, int end)
    {
        var start = end;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        return start < text.Length && text[start] is '(' or ',' && AppendedCountRegex().IsMatch(text.AsSpan(start, Math.Min(CountReach, text.Length - start)));
    }

    /// <summary>
    /// "(12 doses)", ", 14 doses", "(cycles: 8)", "(number of cycles = 4)", and the cycles listed from the first ("(cycles
    /// 1-6)", "(C1–C4)"); a range from a later cycle ("(cycles 3-6)") is no count.
    /// </summary>
    [GeneratedRegex(@"^[(,]\s*(?:(?<n>\d{1,2}|" + NumberWords.CountWords + @")\s+(?:(?:weekly|monthly|consecutive)\s+)?(?:cycles?|courses?|doses|infusions|administrations|injections|pulses|instillations)\b(?!\s+(?:daily|a\s+day|per|each|a\s+week|weekly|every|of\s+\d))|(?:(?:no\.?|number)\s+of\s+)?(?:cycles|courses)\s*[:=]\s*(?<n>\d{1,2})\b(?![.,]\d)|(?:cycles?|courses?|C)\s?1\s?(?:-|–|to|through)\s?(?:C\s?)?(?<n>\d{1,2})\s*\))", RegexOptions.IgnoreCase)]
    private static partial Regex AppendedCountRegex();
}
