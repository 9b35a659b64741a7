using System.Buffers;
using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A course of anticancer drugs that ended at the cycle it reached ("She received the first cycle of carboplatin and
/// paclitaxel; two weeks later she died"; "After cycle 1 best supportive care was chosen"; "The second course was
/// complicated by sepsis, after which chemotherapy was stopped") received that many cycles: the end is told in the
/// sentence of the cycle or the next (of a dose, in its own sentence), and no later cycle, no further cycles and no greater count are told after it. The drugs are
/// those the sentence names before any drug put in their place, or else the last statement of anticancer drugs a few
/// sentences back. The first cycle may be told as a day of it ("on day 10 of cycle 1", "on C1D8"), a cycle by its number
/// ("received cycle 1 of"). A first cycle
/// followed by more, or by no end of treatment, is no count. A course whose next cycle was withheld or cancelled ("the
/// second cycle was cancelled because of sepsis"), or of which only the first cycle was given, received the cycles before it.
/// </summary>
internal static partial class DrugEndedCourse
{
    /// <summary>The words every cycle reached holds: its noun.</summary>
    private static readonly SearchValues<string> ReachedWords = WordWindows.Words("cycle", "course", "dose", "infusion", "administration", "C1D", "C1 D");

    /// <summary>The words every cycle withheld or given alone holds: the words that tell it was not given, or "only the first".</summary>
    private static readonly SearchValues<string> WithheldWords = WordWindows.Words("withheld", "cancel", "omitted", "skipped", "abandoned", "not given", "never given", "not administered", "only the first");

    /// <summary>How far before a later count a denial ("no further cycles") may stand.</summary>
    private const int DenialReach = 24;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        if (mentions.Count == 0)
        {
            return;
        }

        foreach (var match in WordWindows.Matches(ReachedCycleRegex(), text, ReachedWords))
        {
            var reached = DrugAttributeParser.ParseCount(match.Groups["n"].Value) - (match.Groups["before"].Success ? 1 : 0);
            var index = context.SentenceIndexAt(match.Index);
            var sentence = context.Sentences[index];
            var endOfNext = index + 1 < context.Sentences.Count && !match.Groups["dose"].Success ? context.Sentences[index + 1].End : sentence.End;
            if (reached is not (> 0 and <= 12 and var count) || !context.IsAboutCase(match.Index)
                || EndRegex().Match(text, sentence.Start, endOfNext - sentence.Start) is not { Success: true } end
                || LaterCycleTold(text, match.Index + match.Length, count))
            {
                continue;
            }

            Count(context, mentions, match.Index, sentence, end, count);
        }

        foreach (var match in WordWindows.Matches(NextWithheldRegex(), text, WithheldWords))
        {
            var next = match.Groups["next"].Success ? DrugAttributeParser.ParseCount(match.Groups["next"].Value) : 2;
            var sentence = context.Sentences[context.SentenceIndexAt(match.Index)];
            if (next is not (> 1 and <= 12 and var following) || !context.IsAboutCase(match.Index) || LaterCycleTold(text, match.Index + match.Length, following - 1))
            {
                continue;
            }

            Count(context, mentions, match.Index, sentence, match, following - 1);
        }
    }

    private static void Count(ExtractionContext context, List<DrugMention> mentions, int at, Sentence sentence, Match end, int count)
    {
        foreach (var k in Course(context, mentions, at, sentence, end))
        {
            if (mentions[k].Attributes.Cycles is null && mentions[k].Status == TreatmentStatus.Given && DrugCycleAnaphora.IsAnticancer(mentions[k]))
            {
                mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Cycles = count } };
            }
        }
    }

    /// <summary>
    /// The mentions of the course the cycle belongs to: those of its sentence before any drug put in their place, or the
    /// last statement of anticancer drugs before it.
    /// </summary>
    private static List<int> Course(ExtractionContext context, List<DrugMention> mentions, int at, Sentence sentence, Match end)
    {
        var found = new List<int>();
        var swapAt = end.Groups["swap"].Success ? end.Index : int.MaxValue;
        var last = -1;
        for (var k = 0; k < mentions.Count && mentions[k].Start < sentence.End; k++)
        {
            if (mentions[k].Start < sentence.Start)
            {
                last = k;
            }
            else if (mentions[k].Start < swapAt && DrugCycleAnaphora.IsAnticancer(mentions[k]))
            {
                found.Add(k);
            }
        }

        if (found.Count > 0 || last < 0)
        {
            return found;
        }

        var index = context.SentenceIndexAt(at);
        if (DrugCycleAnaphora.LastAnticancer(context, mentions, last, index) is not (>= 0 and var statementEnd)
            || context.PatientAt(mentions[statementEnd].Start) != context.PatientAt(at))
        {
            return found;
        }

        var statement = context.SentenceIndexAt(mentions[statementEnd].Start);
        for (var k = statementEnd; k >= 0 && context.SentenceIndexAt(mentions[k].Start) == statement; k--)
        {
            found.Add(k);
        }

        return found;
    }

    /// <summary>Whether a later cycle, further cycles or a count greater than <paramref name="count"/> is told after <paramref name="from"/>.</summary>
    internal static bool LaterCycleTold(string text, int from, int count)
    {
        foreach (Match later in LaterCycleRegex().Matches(text, from))
        {
            var lead = Math.Max(0, later.Index - DenialReach);
            if (DenialRegex().IsMatch(text.AsSpan(lead, later.Index - lead)))
            {
                continue;
            }

            if (!later.Groups["n"].Success || DrugAttributeParser.ParseCount(later.Groups["n"].Value) is not { } n || n > count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The cycle a course reached, by its ordinal.
    /// | text | n |
    /// |---|---|
    /// | the first cycle | first |
    /// | before the second cycle | second (group before: the one reached is the first) |
    /// | A first course of | first |
    /// | After cycle 1 her | 1 |
    /// | The second course was | second |
    /// | after the first administration | first |
    /// | On day 10 of cycle 1 he | 1 |
    /// | After cycle 1, she | 1 |
    /// | on day 9 of cycle 1. | 1 |
    /// | after cycle 1, 2 and 3 | no match |
    /// | received cycle 1 of | 1 |
    /// | on C1D8 | 1 |
    /// | during cycle 12 | no match |
    /// | the first cycle of radiotherapy | no match |
    /// | cycle 1 day 8 | no match |
    /// </summary>
    [GeneratedRegex(@"(?:\b(?<before>before|prior\s+to)\s+)?\b(?:the|a|her|his|its|this)\s+(?<n>first|second|third|fourth|fifth|sixth|1st|2nd|3rd|[4-6]th)\s+(?:cycle|course|(?<dose>dose|infusion|administration))\b(?!\s+of\s+(?:\w+\s+)?(?:radio|radiation|irradiation|antibiotic|steroid|prednis|corticosteroid|IVIG|immunoglobulin|plasma))|\b(?:after|following|since|from)\s+(?:cycle|course)\s+(?<n>\d)\b(?![\d/-]|[.,]\s?\d|\s*(?:-|–|to|through|of|day|d)\b|\s*(?:-|–)\s*\d)|\b(?:day\s+\d{1,2}\s+of|during|in)\s+(?:cycle|course)\s+(?<n>1)\b(?![\d/-]|[.,]\s?\d|\s*(?:-|–|to|through|of)\b)|\breceived\s+(?:cycle|course)\s+(?<n>\d)\s+of\b|(?-i:\bC(?<n>1)\s?D\d{1,2}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ReachedCycleRegex();

    /// <summary>
    /// A course stopped at a cycle: the next cycle withheld, cancelled or never given ("the second cycle was cancelled",
    /// "the third course was omitted"; after a first cycle told in the sentence, "the second was withheld" and "further
    /// cycles were cancelled"), or only the first given ("Only the first cycle was given"); the cycles given are those before
    /// the next (group next; none read is the second). A cycle held for a time ("withheld until the counts recovered",
    /// "omitted for one week") or delayed is no stop.
    /// | text | next |
    /// |---|---|
    /// | the second cycle was cancelled because of sepsis | second |
    /// | A first cycle of … was given; the second was withheld | second |
    /// | the first cycle of …; further cycles were cancelled | (2) |
    /// | Only the first cycle was given | (2) |
    /// | the third course was omitted | third |
    /// | the second cycle was withheld until the counts recovered | no match |
    /// | the second cycle was delayed by one week | no match |
    /// </summary>
    [GeneratedRegex(@"(?:\bthe\s+(?<next>second|third|fourth|fifth|sixth|2nd|3rd|[4-6]th)\s+(?:cycle|course)|(?<=\bfirst\s+(?:cycle|course)\b[^.]{0,150}?)(?:\bthe\s+second|\b(?:all\s+)?(?:further|subsequent|remaining)\s+(?:cycles|courses)))(?:\s+of\s+(?:the\s+)?(?:chemotherapy|treatment|regimen))?\s+(?:was|were|had\s+to\s+be|had\s+been)\s+(?:(?:therefore|then|subsequently|consequently|eventually|ultimately)\s+)?(?:withheld|cancell?ed|canceled|omitted|skipped|abandoned|not\s+given|never\s+given|not\s+administered)\b(?!\s+(?:until|till|for\s+(?:\d|one|two|three|a|an)\b))|\bonly\s+the\s+first\s+(?:cycle|course)\s+(?:was|could\s+be|had\s+been)\s+(?:\w+\s+)?(?:given|administered|delivered|completed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextWithheldRegex();

    /// <summary>
    /// The end of the treatment in the sentence of the cycle: death, a stop, no further treatment, supportive care, or a
    /// switch to another treatment (group swap).
    /// | text | match |
    /// |---|---|
    /// | she presented with a bowel perforation and died | died |
    /// | chemotherapy was abandoned | was abandoned |
    /// | no further chemotherapy was given | no further chemotherapy |
    /// | best supportive care was chosen | best supportive care |
    /// | the treatment was switched to trabectedin | switched to |
    /// | the patient refused further chemotherapy | refused further chemotherapy |
    /// | the treatment was never resumed | was never resumed |
    /// | it was not resumed until the counts recovered | no match |
    /// | the dose of irinotecan was reduced | no match |
    /// </summary>
    [GeneratedRegex(@"\b(?:died|passed\s+away|(?:was|were|had\s+to\s+be|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:stopped|discontinued|abandoned|ceased|terminated|withdrawn|halted)|(?:stopped|discontinued|abandoned|terminated|halted)\s+(?:the\s+|his\s+|her\s+|all\s+)?(?:chemotherapy|treatment|therapy|regimen)|no\s+(?:further|more|additional|other)\s+(?:cycles?|courses?|chemotherapy|treatment|therapy|doses?)|(?:did\s+not|refused\s+(?:to\s+)?|declined\s+(?:to\s+)?)\s*(?:receive|continue|undergo)\s+(?:any\s+)?(?:further|more|additional)|(?:refused|declined)\s+(?:any\s+)?(?:further|more|additional)\s+(?:cycles?|courses?|chemotherapy|treatment|therapy|doses?)|(?:was|were)\s+(?:never|not)\s+(?:resumed|restarted|reintroduced|repeated)\b(?!\s+(?:until|till|after|when|once)\b)|best\s+supportive\s+care|hospice|(?<swap>switched\s+to|changed\s+to|converted\s+to|replaced\s+(?:by|with)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndRegex();

    /// <summary>
    /// A later cycle or dose, further cycles or doses, or a count of them told after the one reached.
    /// | text | n |
    /// |---|---|
    /// | the second cycle | second |
    /// | further cycles | (none: always later) |
    /// | cycle 3 | 3 |
    /// | six cycles | six |
    /// | four more doses | four |
    /// </summary>
    [GeneratedRegex(@"\b(?<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|\d{1,2}th)\s+(?:cycle|course|dose|infusion|administration)s?\b|\b(?:subsequent|further|next|remaining|following|later|additional|more|other)\s+(?:\w+\s+)?(?:cycles?|courses?|doses|infusions|administrations)\b|\b(?:cycles?|courses?)\s+(?<n>\d{1,2})\b|(?<![\w.])(?<n>\d{1,2}|" + NumberWords.OneToTwelve + @")\s+(?:(?:more|additional|further|consecutive)\s+)?(?:cycles|courses|doses|infusions|administrations)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaterCycleRegex();

    /// <summary>A denial right before a later count: "no", "not", "without", "any", "never".</summary>
    [GeneratedRegex(@"\b(?:no|not|without|any|never|nor)\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DenialRegex();
}
