using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A count whose noun is left out after a first count in the sentence ("gemcitabine was given for two courses and then
/// cisplatin for three"; "doxorubicin for 4 cycles, followed by docetaxel for 4") counts the cycles of its drug, when the
/// drug named before it in the sentence has a count of its own. A bare number after a drug whose neighbour counts days or
/// weeks ("prednisone for 5 days and then dexamethasone for two") is no count.
/// </summary>
internal static partial class DrugElidedCount
{
    /// <summary>How far after the drug the elided count may stand.</summary>
    private const int Reach = 40;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var i = 1; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var previous = mentions[i - 1];
            if (mention.Attributes.Cycles is not null || previous.Attributes.Cycles is null)
            {
                continue;
            }

            var sentence = context.SentenceAt(mention.Start);
            var end = Math.Min(sentence.End, Math.Min(mention.End + Reach, i + 1 < mentions.Count ? mentions[i + 1].Start : text.Length));
            if (previous.Start < sentence.Start || end <= mention.End || OrdinalIgnoreCase.IndexOf(text.AsSpan(mention.End, end - mention.End), "for ") < 0)
            {
                continue;
            }

            var between = text.AsSpan(previous.End, mention.Start - previous.End);
            var lead = text.AsSpan(sentence.Start, previous.Start - sentence.Start);
            if (!OrdinalIgnoreCase.Contains(between, "cycle") && !OrdinalIgnoreCase.Contains(between, "course") && !OrdinalIgnoreCase.Contains(between, "round")
                && !OrdinalIgnoreCase.Contains(lead, "cycle") && !OrdinalIgnoreCase.Contains(lead, "course"))
            {
                continue;
            }

            if (ElidedCountRegex().Match(text, mention.End, end - mention.End) is { Success: true } m
                && DrugAttributeParser.ParseCount(m.Groups["n"].Value) is { } cycles)
            {
                mentions[i] = mention with { Attributes = mention.Attributes with { Cycles = cycles } };
            }
        }
    }

    /// <summary>
    /// A number with no noun after "for", ending its clause.
    /// </summary>
    /// <remarks>
    /// | text after the drug          | count |
    /// |------------------------------|-------|
    /// | " for three."                | 3     |
    /// | " was given for 4, and …"    | 4     |
    /// | " for three weeks."          | none  |
    /// </remarks>
    [GeneratedRegex(@"\G\s*(?:(?:was|were)\s+(?:given|administered|continued)\s+)?for\s+(?:another\s+|a\s+further\s+)?(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @")(?=\s*(?:[.;,)]|and\b|$))", RegexOptions.IgnoreCase)]
    private static partial Regex ElidedCountRegex();
}
