using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>Where the words that describe one drug mention begin and end, and which words join the drugs of one list.</summary>
public sealed partial class DrugStep
{
    /// <summary>The longest schedule segment after a semicolon or line break that still belongs to the list before it.</summary>
    private const int TrailingScheduleLimit = 60;

    /// <summary>The longest bracket of a list heading that may hold its schedule.</summary>
    private const int HeadingScheduleLimit = 30;

    /// <summary>The longest phrase between "followed by" or "then" and the next drug that still hands over to it.</summary>
    private const int HandOverLimit = 60;

    /// <summary>Where the words before a mention that may describe it begin: in its sentence, after the previous drug and the last semicolon or colon.</summary>
    private static int BeforeStart(string text, int sentenceStart, DrugCandidate? previous, DrugCandidate candidate, int limit)
    {
        var start = Math.Max(sentenceStart, candidate.Start - limit);
        if (previous is not null && previous.End > start)
        {
            start = previous.End;
        }

        var semicolon = text.AsSpan(start, candidate.Start - start).LastIndexOfAny(';', ':');
        if (semicolon >= 0 && text[start + semicolon] == ':' && CountedTherapyHeadRegex().IsMatch(text.AsSpan(start, semicolon)))
        {
            // "three cycles of adjuvant chemotherapy: epirubicin, …": the count heads the list after the colon.
            semicolon = text.AsSpan(start, semicolon).LastIndexOf(';');
        }

        return semicolon >= 0 ? start + semicolon + 1 : start;
    }

    /// <summary>
    /// A count of cycles of a therapy right before a colon, which heads the drugs listed after it.
    /// | text before the colon | match |
    /// |---|---|
    /// | treated with three cycles of adjuvant chemotherapy | yes |
    /// | 4 courses of the following regimen | yes |
    /// | Chemotherapy (q3w) | no |
    /// </summary>
    [GeneratedRegex(@"\b(?:\d{1,2}|one|" + NumberWords.TwoToTwelve + @")\s+(?:cycles?|courses?)\s+of\s+(?:[\w-]+\s+){0,3}?(?:chemotherapy|regimen|therapy|treatment|immunotherapy|chemoimmunotherapy)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CountedTherapyHeadRegex();

    private static int ClauseEnd(string text, int from, int limit)
    {
        if (from >= limit)
        {
            return limit;
        }

        var span = text.AsSpan(from, Math.Max(0, limit - from));
        var stop = span.IndexOfAny(';', '\n');
        return stop >= 0 ? TrailingScheduleEnd(text, from + stop, limit) : limit;
    }

    /// <summary>
    /// A schedule in brackets in the heading of a list ("Chemotherapy (q3w): cisplatin 80 mg/m2 day 1; …", "Regimen
    /// (every 21 days): …") belongs to each drug listed after the colon; null when the sentence has no such heading.
    /// </summary>
    private static Frequency? HeadingFrequency(string text, int sentenceStart, int candidateStart)
    {
        var span = text.AsSpan(sentenceStart, candidateStart - sentenceStart);
        var colon = span.LastIndexOf(':');
        var heading = colon < 2 ? [] : span[..colon].TrimEnd();
        if (heading is not [.., ')'])
        {
            return null;
        }

        var open = heading.LastIndexOf('(');
        return open >= 0 && heading.Length - open <= HeadingScheduleLimit
            ? DrugAttributeParser.FindFrequency(heading[(open + 1)..^1].ToString())
            : null;
    }

    /// <summary>
    /// Where "followed by", "then" or "subsequently" hands over to the next drug of the sentence, <paramref name="limit"/> ("four cycles
    /// of EC were followed by 12 weekly doses of paclitaxel"): the short phrase after it describes that drug, not this
    /// one. A step of the same drug ("400 mg/m2 as a bolus followed by 2400 mg/m2 over 46 hours, every 2 weeks
    /// (FOLFIRINOX)") is no hand-over: a comma, semicolon or bracket before the next drug ends the phrase. Returns
    /// <paramref name="limit"/> when there is no hand-over.
    /// </summary>
    private static int SequenceEnd(string text, int from, int limit)
    {
        if (from >= limit)
        {
            return limit;
        }

        var span = text.AsSpan(from, limit - from);
        var cut = Math.Max(Math.Max(span.LastIndexOf("followed by", StringComparison.OrdinalIgnoreCase), span.LastIndexOf(" then ", StringComparison.OrdinalIgnoreCase)),
            span.LastIndexOf(" subsequently ", StringComparison.OrdinalIgnoreCase));
        return cut >= 0 && span.Length - cut <= HandOverLimit && span[cut..].IndexOfAny(',', ';', '(') < 0 ? from + cut : limit;
    }

    /// <summary>
    /// A segment after a semicolon or line break that holds nothing but a schedule ("…; q3w", "…\nevery 21 days for
    /// 6 cycles", as a regimen table flattened into text ends) belongs to the clause of the list before it: where that
    /// segment ends, or <paramref name="stop"/> when no such segment follows.
    /// </summary>
    private static int TrailingScheduleEnd(string text, int stop, int limit)
    {
        var next = stop + 1;
        while (next < limit && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= limit || text[next] is not ('q' or 'Q' or 'e' or 'E' or 'x' or 'X' or '×' or 'r' or 'R' or 'c' or 'C' or 'f' or 'F'))
        {
            return stop;
        }

        var rest = text.AsSpan(next, limit - next);
        var length = rest.IndexOfAny(';', '\n') is >= 0 and var end ? end : rest.Length;
        return length <= TrailingScheduleLimit && TrailingScheduleRegex().IsMatch(rest[..length]) ? next + length : stop;
    }

    /// <summary>"q3w", "q21d x 6 cycles", "every 3 weeks for 4 cycles", "cycles repeated every 28 days", "x 6 cycles".</summary>
    [GeneratedRegex(@"^(?:(?:cycles?\s+)?(?:repeated|given|administered)\s+)?(?:every\s+(?:\d{1,2}|two|three|four|six|other)\s?(?:days?|weeks?|d|w)|q\.?\s?\d{1,2}\s?(?:d|days?|w|wks?|weeks?)|(?:×|x)\s?\d{1,2}\s+cycles?|for\s+(?:\d{1,2}|two|three|four|five|six|eight)\s+cycles?)\b(?:[\s,]+(?:(?:×|x)\s?\d{1,2}(?:\s+cycles?)?|for\s+(?:\d{1,2}|two|three|four|five|six|eight)\s+cycles?))?[\s.,]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingScheduleRegex();

    [GeneratedRegex(@"^[\s,/+&()\-–|]*(?:(?:\(\s?[A-Z][A-Z0-9\-/]{0,9}\s?\)|\([A-Z][^()\d;]{2,60}\))[\s,/+&\-–]*)?(?:(?:(?:AUC|area\s+under\s+the\s+(?:[\w-]+\s+)?curve)\s?(?:of\s|=\s?|:\s?)?)?\d[\d.,]*\s?(?:mg|g|gm|µg|μg|mcg|IU|units?|U)?(?:\s?/\s?(?:m2|m²|m\(2\)|m\s2|kg)|\s+per\s+square\s+met(?:er|re))?(?:\s?/\s?(?:day|d)\b)?(?:\s+of\s+body[\s-]surface(?:\s+area)?)?[\s,;|/+&()\-–]*)?(?:(?:IV|SC|PO|IM|orally|intravenously|subcutaneously)\b[\s,;|/+&()\-–]*|(?:i\.v\.|s\.c\.|p\.o\.)[\s,;|/+&()\-–]*)?(?:(?:(?:once\s+|twice\s+)?(?:daily|weekly)|bid|tid)\b[\s,;|/+&()\-–]*)?(?:(?:on\s+)?(?:days?|d)\s?\d+(?:\s?(?:,|and|-|–|&)\s?(?:d\s?)?\d+)*[\s,;|/+&()\-–]*)?(?:(?:q\s?\d{1,2}\s?(?:w|wks?|weeks?|d|days?)|every\s+\d{1,2}\s+(?:weeks|days))\b[\s,;|/+&()\-–]*)?(?:(?:(?:was|were)\s+(?:(?:given|administered|used|co-?administered|infused|delivered)\s+(?:(?:in\s+combination|together|along|concurrently|concomitantly|simultaneously)\s+with|with|in\s+addition\s+to)|combined\s+with|added\s+to)|and|plus|with|or|(?:combined|together|along)\s+with|in\s+combination\s+with|in\s+addition\s+to)[\s,/+&()\-–|]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectorRegex();
}
