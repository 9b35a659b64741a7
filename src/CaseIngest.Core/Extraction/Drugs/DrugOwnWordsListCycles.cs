using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A count told before a list of drugs that each carry their own words ("six cycles of chemotherapy consisting of
/// ifosfamide 1500 mg/m2 given intravenously on days 1-3, epirubicin 60 mg/m2 on day 1, and an injection of 6 mg
/// pegfilgrastim under the skin"; "four cycles of rituximab, bendamustine and high-dose oral methotrexate") heads the
/// whole list: the dose, route and days after one drug, or the dose and route words before the next, keep the names
/// from reading as one list, but the list word before the last drug closes it. Each drug keeps its own dose, route and
/// schedule. A count told as a time ("after four cycles of docetaxel at a dose of 75 mg/m2, gemcitabine …")
/// heads no list.
/// </summary>
internal static partial class DrugOwnWordsListCycles
{
    /// <summary>The longest stretch of one drug's own words and the list word after them.</summary>
    private const int JoinLimit = 120;

    /// <summary>The longest stretch between the count and the first drug of the list ("adjuvant chemotherapy consisting of").</summary>
    private const int LeadLimit = 60;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Attributes.Cycles is not { } cycles)
            {
                continue;
            }

            var sentence = context.SentenceIndexAt(mentions[i].Start);
            var last = i;
            var closed = false;
            while (last + 1 < mentions.Count && context.SentenceIndexAt(mentions[last + 1].Start) == sentence
                && (mentions[last + 1].Attributes.Cycles ?? cycles) == cycles
                && Join(text, mentions[last], mentions[last + 1]) is { Success: true } join)
            {
                closed = join.Groups["and"].Success;
                last++;
            }

            if (last > i && closed && CountBefore(context, mentions[i].Start) == cycles)
            {
                for (var k = i + 1; k <= last; k++)
                {
                    if (mentions[k].Attributes.Cycles is null)
                    {
                        mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Cycles = cycles } };
                    }
                }
            }

            i = last;
        }
    }

    private static Match? Join(string text, DrugMention previous, DrugMention next) =>
        next.Start <= previous.End || next.Start - previous.End > JoinLimit
            ? null
            : OwnWordsJoinRegex().Match(text, previous.End, next.Start - previous.End);

    /// <summary>The count told right before the list that begins at <paramref name="start"/>, in its sentence; null when none, or when it is a time.</summary>
    private static int? CountBefore(ExtractionContext context, int start)
    {
        var sentence = context.SentenceAt(start);
        var from = Math.Max(sentence.Start, start - LeadLimit - 40);
        Match? last = null;
        for (var m = CountOfRegex().Match(context.Text, from, start - from); m.Success; m = m.NextMatch())
        {
            last = m;
        }

        return last is { } count && start - (count.Index + count.Length) <= LeadLimit
            ? DrugAttributeParser.ParseCount(count.Groups["n"].Value)
            : null;
    }

    /// <summary>
    /// One drug's own words, a list word, and the next drug's own words before its name.
    /// | text between the names | matches |
    /// |---|---|
    /// | " at a dose of 1500 mg/m2 given intravenously on days 1-3, " | yes |
    /// | " 60 mg/m2 on day 1, and an injection of 6 mg " | yes (closes the list) |
    /// | " and high-dose oral " | yes (closes the list) |
    /// | " was stopped and " | no |
    /// </summary>
    [GeneratedRegex(@"\G(?:\s+(?:(?:at\s+(?:a\s+dose\s+of\s+)?|in\s+a\s+dose\s+of\s+)?\d+(?:\.\d+)?\s*(?:mg|g|µg|mcg|IU|units?)(?:\s*/\s*(?:m2|m²|kg|day|d))?|AUC\s*=?\s*\d+(?:\.\d+)?|(?:administered|given|infused)|(?:intravenously|orally|subcutaneously|intrathecally|IV|i\.v\.)|(?:on|from)\s+days?\s+\d{1,2}(?:\s*(?:-|–|to|through|and)\s*\d{1,2})?|daily|weekly))*\s*(?:,\s*(?:(?<and>and|plus)\s+)?|(?<and>and|plus)\s+)(?:(?:a|an)\s+)?(?:(?:high|low|standard|full|reduced)-dose\s+|(?:intravenous|oral|subcutaneous|intrathecal|IV)\s+|weekly\s+)*(?:(?:injection|infusion)\s+of\s+(?:\d+(?:\.\d+)?\s*(?:mg|g|µg|mcg)(?:/(?:m2|kg))?\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnWordsJoinRegex();

    /// <summary>
    /// A count of cycles before the list, not told as a time.
    /// | text | n |
    /// |---|---|
    /// | "She was given six cycles of adjuvant chemotherapy consisting of " | six |
    /// | "received 4 courses of " | 4 |
    /// | "After four cycles of " | no match |
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:after|following|before|since|despite|over|with|within)\s+(?:the\s+|a\s+total\s+of\s+|all\s+)?)\b(?<n>\d{1,2}|one|" + NumberWords.TwoToTwelve + @")\s+(?:[\w-]+\s+)?(?:cycles?|courses?)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountOfRegex();
}
