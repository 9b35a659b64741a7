using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Numbered markers that share one written head: "cytokeratins 19 and 7" are CK19 and CK7, "CK 7 and 20" CK7 and CK20,
/// "CD3, 5 and 20" CD3, CD5 and CD20. The head with the first number, and each later number, become mentions of the
/// numbered markers, in place of the mentions inside them ("cytokeratin" alone, "CD3").
/// </summary>
internal static partial class MarkerNumberedLists
{
    /// <summary>Adds the mentions of each numbered list whose numbers all name a marker of the lexicon.</summary>
    public static void Join(string text, MarkerLexicon lexicon, List<PhraseMatch<MarkerEntry>> mentions)
    {
        List<PhraseMatch<MarkerEntry>>? joined = null;
        foreach (Match match in List().Matches(text))
        {
            var head = match.Groups["head"].Value;
            var prefix = head.StartsWith("CD", StringComparison.Ordinal) ? "CD" : "CK";
            var numbers = match.Groups["n"].Captures;
            var entries = new List<PhraseMatch<MarkerEntry>>(numbers.Count);
            foreach (Capture number in numbers)
            {
                if (lexicon.EntryOf(prefix + number.Value) is not { } entry)
                {
                    break;
                }

                var start = entries.Count == 0 ? match.Index : number.Index;
                entries.Add(new PhraseMatch<MarkerEntry>(start, number.Index + number.Length, entry));
            }

            if (entries.Count == numbers.Count)
            {
                joined ??= [];
                joined.AddRange(entries);
            }
        }

        JoinedMentions.Replace(mentions, joined);
    }

    /// <summary>
    /// A head, then two or more numbers joined by commas, "and" or "or": "cytokeratins 19 and 7", "CK 7 and 20",
    /// "CD3, 5 and 20", "keratin 8 or 18". A number followed by another digit, '/', a decimal point, '%', '-' or a unit is no list item
    /// ("CK 5/6", "CD20 and 3.5 cm", "CD3 and 40%").
    /// </summary>
    [GeneratedRegex(@"\b(?<head>(?i:cytokeratins?|keratins?)|CKs?|CDs?)\s?(?<n>\d{1,3})(?![\d/%-]|\.\d)(?:(?:\s?,\s?(?:and\s|or\s)?|\s(?:and|or)\s)(?<n>\d{1,3})(?![\d/%-]|\.\d|\s?(?:%|cm|mm|cycles?|months?|weeks?|days?|years?)\b))+", RegexOptions.CultureInvariant)]
    private static partial Regex List();
}
