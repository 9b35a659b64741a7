using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A count that closes the bracket spelling out a course ("CAPOX (oxaliplatin 130 mg/m2 every 3 weeks and capecitabine
/// 1000 mg/m2 twice daily on days 1-14; 8 cycles)") counts the drug before the bracket and every drug inside it that
/// states no count of its own: the semicolon or comma before it ends the last drug's words, not the course.
/// </summary>
internal static partial class DrugBracketClosingCount
{
    /// <summary>The longest bracket read.</summary>
    private const int BracketLimit = 300;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var open = mentions[i].End;
            while (open < text.Length && text[open] == ' ')
            {
                open++;
            }

            if (open >= text.Length || text[open] != '(' || mentions[i + 1].Start <= open)
            {
                continue;
            }

            var close = text.IndexOfAny(['(', ')'], open + 1, Math.Min(BracketLimit, text.Length - open - 1));
            if (close < 0 || text[close] != ')' || mentions[i + 1].Start >= close
                || ClosingCountRegex().Match(text, open + 1, close - open - 1) is not { Success: true } count
                || DrugAttributeParser.ParseCount(count.Groups["n"].Value) is not { } cycles)
            {
                continue;
            }

            for (var k = i; k < mentions.Count && mentions[k].Start < count.Index; k++)
            {
                if (mentions[k].Attributes.Cycles is null)
                {
                    mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Cycles = cycles } };
                }
            }
        }
    }

    /// <summary>
    /// A count after a semicolon or comma at the end of a bracket.
    /// | text | n |
    /// |---|---|
    /// | oxaliplatin 130 mg/m2 and capecitabine 1000 mg/m2 twice daily; 8 cycles | 8 |
    /// | rituximab and bendamustine, six cycles | six |
    /// | carboplatin AUC 5 and etoposide; a total of 4 courses | 4 |
    /// | carboplatin AUC 5, 21-day cycles | no match |
    /// </summary>
    [GeneratedRegex(@"[;,]\s*(?:for\s+)?(?:a\s+total\s+of\s+)?(?<n>\d{1,2}|one|" + NumberWords.TwoToTwelve + @")\s+(?:cycles?|courses?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingCountRegex();
}
