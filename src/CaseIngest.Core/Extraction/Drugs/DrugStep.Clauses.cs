using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>Where the words that describe one drug mention begin and end, and which words join the drugs of one list.</summary>
public sealed partial class DrugStep
{
    /// <summary>Where the words before a mention that may describe it begin: in its sentence, after the previous drug and the last semicolon or colon.</summary>
    private static int BeforeStart(string text, int sentenceStart, DrugCandidate? previous, DrugCandidate candidate, int limit)
    {
        var start = Math.Max(sentenceStart, candidate.Start - limit);
        if (previous is not null && previous.End > start)
        {
            start = previous.End;
        }

        var semicolon = text.AsSpan(start, candidate.Start - start).LastIndexOfAny(';', ':');
        return semicolon >= 0 ? start + semicolon + 1 : start;
    }

    private static int ClauseEnd(string text, int from, int limit)
    {
        if (from >= limit)
        {
            return limit;
        }

        var span = text.AsSpan(from, Math.Max(0, limit - from));
        var stop = span.IndexOfAny(';', '\n');
        return stop >= 0 ? from + stop : limit;
    }

    [GeneratedRegex(@"^[\s,/+&()\-–]*(?:(?:\(\s?[A-Z][A-Z0-9\-/]{0,9}\s?\)|\([A-Z][^()\d;]{2,60}\))[\s,/+&\-–]*)?(?:(?:(?:AUC|area\s+under\s+the\s+(?:[\w-]+\s+)?curve)\s?(?:of\s|=\s?|:\s?)?)?\d[\d.,]*\s?(?:mg|g|gm|µg|μg|mcg|IU|U)?(?:\s?/\s?(?:m2|m²|m\(2\)|m\s2|kg)|\s+per\s+square\s+met(?:er|re))?(?:\s+of\s+body[\s-]surface(?:\s+area)?)?[\s,;/+&()\-–]*)?(?:(?:once\s+|twice\s+)?(?:daily|weekly)\b[\s,;/+&()\-–]*)?(?:(?:on\s+)?(?:days?|d)\s?\d+(?:\s?(?:,|and|-|–|&)\s?(?:d\s?)?\d+)*[\s,/+&()\-–]*)?(?:(?:(?:was|were)\s+(?:(?:given|administered|used|co-?administered|infused|delivered)\s+(?:(?:in\s+combination|together|along|concurrently|concomitantly|simultaneously)\s+with|with|in\s+addition\s+to)|combined\s+with|added\s+to)|and|plus|with|or|(?:combined|together|along)\s+with|in\s+combination\s+with|in\s+addition\s+to)[\s,/+&()\-–]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectorRegex();
}
