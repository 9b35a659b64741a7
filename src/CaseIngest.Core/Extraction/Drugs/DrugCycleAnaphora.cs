using System.Buffers;
using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A number of cycles stated in a sentence that names no drug ("However, after two cycles, the cough worsened";
/// "After three cycles of chemotherapy, PET-CT showed …"), or in a clause after a semicolon that names none ("… were
/// administered; he completed five cycles"), counts for the drugs of the statement just before it, when they state no
/// cycles themselves. A count "of chemotherapy" or "of the regimen" goes to the last statement of
/// anticancer drugs instead, up to a few sentences back, past drugs of other kinds named in between. A drug named in the
/// same sentence after a semicolon ("He received three doses before the pneumonitis; after prednisolone, …") stands in
/// another clause and does not hold the count. A chemotherapy or
/// regimen "continued for six courses" in a sentence that names no drug goes to the one regimen of anticancer drugs
/// named before it, however far back, and to none when more than one was named. "The regimen was given four times"
/// counts as four cycles of the statement just before it. Cycles "of the same regimen" given after a course already
/// counted add to its count ("After three cycles, … She then received 3 cycles of the same regimen" are six), unless an
/// operation told in between makes them a course of their own.
/// </summary>
internal static partial class DrugCycleAnaphora
{
    /// <summary>How many sentences back the drug statement may be.</summary>
    private const int SentenceReach = 2;

    /// <summary>How many sentences back a count "of chemotherapy" or "of the regimen" may reach a statement of anticancer drugs.</summary>
    private const int TherapyReach = 6;

    private static readonly HashSet<string> AnticancerClasses = new(StringComparer.Ordinal)
    {
        "tyrosine kinase inhibitor", "antimetabolite", "alkylating agent", "anthracycline", "PARP inhibitor", "topoisomerase inhibitor",
        "vinca alkaloid", "platinum agent", "taxane", "CDK4/6 inhibitor", "mTOR inhibitor", "anti-PD-1 antibody", "anti-PD-L1 antibody",
        "anti-CTLA-4 antibody", "anti-HER2 antibody", "anti-EGFR antibody", "anti-VEGF antibody", "anti-CD20 antibody",
    };

    /// <summary>The words every count of cycles or courses holds.</summary>
    internal static readonly SearchValues<string> CycleWords = WordWindows.Words("cycle", "course");

    /// <summary>The words every count this step reads holds: cycles and courses, and doses or infusions counted as given.</summary>
    private static readonly SearchValues<string> CountWords = WordWindows.Words("cycle", "course", "doses", "infusions");

    /// <summary>The word every count of a regimen given some times holds.</summary>
    private static readonly SearchValues<string> TimesWords = WordWindows.Words("times");

    /// <summary>The patterns searched near their words only, each with those words.</summary>
    internal static IEnumerable<(Regex Regex, SearchValues<string> Words)> Windowed =>
        [(AnaphoricCyclesRegex(), CountWords), (ContinuedForCyclesRegex(), CycleWords), (GivenTimesRegex(), TimesWords)];

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var text = context.Text;
        var next = 0;
        var matches = WordWindows.Matches(AnaphoricCyclesRegex(), text, CountWords).Select(m => (Match: m, Continued: false))
            .Concat(WordWindows.Matches(GivenTimesRegex(), text, TimesWords).Select(m => (Match: m, Continued: false)))
            .Concat(WordWindows.Matches(ContinuedForCyclesRegex(), text, CycleWords).Select(m => (Match: m, Continued: true)))
            .OrderBy(m => m.Match.Index)
            .ToList();
        foreach (var (match, continued) in matches)
        {
            while (next < mentions.Count && mentions[next].Start < match.Index)
            {
                next++;
            }

            var last = next - 1;
            var sentence = context.SentenceIndexAt(match.Index);
            if (last < 0 || !context.IsAboutCase(match.Index)
                || (next < mentions.Count && context.SentenceIndexAt(mentions[next].Start) == sentence
                    && (mentions[next].Start <= match.Index + match.Length
                        || text.AsSpan(match.Index + match.Length, mentions[next].Start - match.Index - match.Length).IndexOf(';') < 0)))
            {
                continue;
            }

            var reach = SentenceReach;
            if (continued)
            {
                if (OnlyAnticancerStatement(context, mentions, last) is not (>= 0 and var only))
                {
                    continue;
                }

                last = only;
                reach = int.MaxValue;
            }
            else if (NamesTherapy(text, match.Index + match.Length) && LastAnticancer(context, mentions, last, sentence) is >= 0 and var anticancer)
            {
                last = anticancer;
                reach = TherapyReach;
            }

            var statement = context.SentenceIndexAt(mentions[last].Start);
            if ((statement == sentence && text.AsSpan(mentions[last].End, match.Index - mentions[last].End).IndexOf(';') < 0) || sentence - statement > reach
                || context.PatientAt(mentions[last].Start) != context.PatientAt(match.Index)
                || DrugAttributeParser.ParseCount(match.Groups["n"].Value) is not { } cycles)
            {
                continue;
            }

            var more = !continued && statement < sentence && SameCourse(text, match) && !CourseOperation.Between(text, mentions[last].End, match.Index);
            if (LaterCycleFollows(context, match.Index + match.Length, sentence, cycles + (more ? mentions[last].Attributes.Cycles ?? 0 : 0)))
            {
                continue;
            }

            for (var k = last; k >= 0 && context.SentenceIndexAt(mentions[k].Start) == statement; k--)
            {
                if (mentions[k].Attributes.Cycles is null || more)
                {
                    mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Cycles = (mentions[k].Attributes.Cycles ?? 0) + cycles } };
                }
            }
        }
    }

    /// <summary>
    /// "She then received 3 cycles of the same regimen", "Three cycles of the same chemotherapy were given": cycles given of a
    /// course already counted, which add to its count. A count "after" them is a time of evaluation, not more cycles.
    /// </summary>
    private static bool SameCourse(string text, Match match)
    {
        var span = text.AsSpan(match.Index, Math.Min(text.Length - match.Index, match.Length + 40));
        return span.IndexOf("same", StringComparison.OrdinalIgnoreCase) >= 0 && SameCourseRegex().IsMatch(span);
    }

    private static bool NamesTherapy(string text, int from) =>
        OfTherapyRegex().IsMatch(text.AsSpan(from, Math.Min(60, text.Length - from)));

    /// <summary>Whether <paramref name="mention"/> names an anticancer agent.</summary>
    internal static bool IsAnticancer(DrugMention mention) => mention.Drugs.Any(d => d.DrugClass is { } c && AnticancerClasses.Contains(c));

    /// <summary>
    /// For a match in a sentence that names no drug (a count told on its own: "He completed six.", "Two more cycles were
    /// given"), the last mention of anticancer drugs before it that <see cref="LastAnticancer"/> finds, told of the same
    /// patient in a sentence of the case; -1 when there is none or the match's sentence names a drug.
    /// <paramref name="next"/> is the index of the first mention at or after the match, advanced from where the previous
    /// match of the same search left it.
    /// </summary>
    internal static int LastAnticancerBeforeDrugless(ExtractionContext context, List<DrugMention> mentions, int index, ref int next, out int sentence)
    {
        while (next < mentions.Count && mentions[next].Start < index)
        {
            next++;
        }

        sentence = context.SentenceIndexAt(index);
        if (next == 0 || !context.IsAboutCase(index)
            || context.SentenceIndexAt(mentions[next - 1].Start) == sentence
            || (next < mentions.Count && context.SentenceIndexAt(mentions[next].Start) == sentence)
            || LastAnticancer(context, mentions, next - 1, sentence) is not (>= 0 and var last)
            || context.PatientAt(mentions[last].Start) != context.PatientAt(index))
        {
            return -1;
        }

        return last;
    }

    /// <summary>
    /// The last mention at or before <paramref name="last"/>, at most <see cref="TherapyReach"/> sentences back, that
    /// names an anticancer agent, or -1: the drugs a count "of chemotherapy" refers to.
    /// </summary>
    internal static int LastAnticancer(ExtractionContext context, List<DrugMention> mentions, int last, int sentence)
    {
        for (var k = last; k >= 0 && sentence - context.SentenceIndexAt(mentions[k].Start) <= TherapyReach; k--)
        {
            if (mentions[k].Drugs.Any(d => d.DrugClass is { } c && AnticancerClasses.Contains(c)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The last mention at or before <paramref name="last"/> that names an anticancer agent, when every earlier mention of
    /// an anticancer agent is in the same sentence (one regimen named so far), or -1: "the chemotherapy" then can only be it.
    /// </summary>
    private static int OnlyAnticancerStatement(ExtractionContext context, List<DrugMention> mentions, int last)
    {
        var found = -1;
        var statement = -1;
        for (var k = last; k >= 0; k--)
        {
            if (!mentions[k].Drugs.Any(d => d.DrugClass is { } c && AnticancerClasses.Contains(c)))
            {
                continue;
            }

            var at = context.SentenceIndexAt(mentions[k].Start);
            if (found < 0)
            {
                found = k;
                statement = at;
            }
            else if (at != statement)
            {
                return -1;
            }
        }

        return found;
    }

    /// <summary>"CT after five cycles showed … After the sixth cycle, …": a count that later cycles outrun is a time of evaluation, not the course.</summary>
    private static bool LaterCycleFollows(ExtractionContext context, int from, int sentence, int cycles)
    {
        var sentences = context.Sentences;
        var last = Math.Min(sentences.Count - 1, sentence + SentenceReach);
        var to = sentences[last].End;
        if (to <= from)
        {
            return false;
        }

        foreach (Match m in OrdinalCycleRegex().Matches(context.Text[from..to]))
        {
            var n = m.Groups["ord"].Value.ToLowerInvariant() switch
            {
                "second" => 2, "third" => 3, "fourth" => 4, "fifth" => 5, "sixth" => 6, "seventh" => 7, "eighth" => 8,
                "ninth" => 9, "tenth" => 10, var digits => int.TryParse(digits.TrimEnd('s', 't', 'n', 'd', 'r', 'h'), out var d) ? d : 0,
            };
            if (n > cycles)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A count given of the same course, read from the start of a count of cycles.
    /// | text | match |
    /// |---|---|
    /// | received 3 cycles of the same regimen | yes |
    /// | Three cycles of the same chemotherapy were given | yes |
    /// | completed two more courses of the same combination | yes |
    /// | After 3 cycles of the same regimen | no |
    /// | received 3 cycles of carboplatin on the same day | no |
    /// </summary>
    [GeneratedRegex(@"^(?!(?:after|following|on|upon|at)\b)(?:[\w-]+\s+){0,4}?(?:cycles?|courses?|doses|infusions)\s+of\s+the\s+same\s+(?:[\w-]+\s+)?(?:regimen|chemotherapy|combination|treatment|therapy|protocol|schedule)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameCourseRegex();

    /// <summary>" of chemotherapy", " of the first-line regimen", " of immunotherapy" right after a count of cycles.</summary>
    [GeneratedRegex(@"^\s+of\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:chemotherapy|chemoimmunotherapy|immunochemotherapy|immunotherapy|regimen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfTherapyRegex();

    [GeneratedRegex(@"\b(?:(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:cycle|course)|(?:cycle|course)\s+(?<ord>\d{1,2})\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalCycleRegex();

    /// <summary>
    /// "… restarted his chemotherapy, which he continued (first-line regimen) for six courses", "the regimen was repeated
    /// for four cycles", "Treatment was continued for six cycles": a count for which a chemotherapy or regimen named earlier in the sentence was continued or given.
    /// </summary>
    [GeneratedRegex(@"\b(?:chemotherapy|chemoimmunotherapy|immunochemotherapy|regimen|treatment|therapy)\b[^.;]{0,80}?\b(?:continued|repeated|given|administered|maintained)\b(?:\s+\([^()]{0,40}\))?\s+for\s+(?:a\s+total\s+of\s+)?(?<n>" + NumberWords.TwoToTwelve + @"|\d{1,2})\s+(?:cycles?|courses?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuedForCyclesRegex();

    /// <summary>
    /// "After two cycles", "following four courses of chemotherapy", "She received six cycles", "Four cycles were
    /// given", "A total of 12 courses of the regimen were administered", "In total, 12 doses were administered", "; in
    /// total, 8 cycles", "; the total number of doses was 10", "After 8
    /// doses", "She tolerated all six cycles" (counted doses are cycles too), "After completion of four cycles", "At the
    /// end of six courses", "She completed the planned six cycles", "he completed 4 of 6 planned cycles", "after three consecutive cycles", "Six courses were
    /// tolerated well", "Only one cycle was given", "Four cycles later", "He has received nine maintenance cycles", "she went on to complete four cycles".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:after|following|completing|completed|(?:went\s+on|was\s+able|were\s+able|managed)\s+to\s+complete|received|receiving|underwent|undergoing|tolerated|tolerating|finishing|finished|(?:was|were)\s+given|(?:on|upon|after|following)\s+(?:the\s+)?completion\s+of|at\s+the\s+end\s+of)\s+(?:only\s+)?(?:a\s+total\s+of\s+)?(?:all\s+(?:the\s+)?)?(?:the\s+)?(?:(?:planned|scheduled|intended)\s+)?(?<n>a\s+single|" + NumberWords.OneToTwelve + @"|\d{1,2})\s+(?:of\s+(?:the\s+)?(?:" + NumberWords.TwoToTwelve + @"|\d{1,2})\s+(?:(?:planned|scheduled|intended|prescribed)\s+)?)?(?:(?:consecutive|successive|maintenance)\s+)?(?:cycles?|courses?|doses|infusions)\b(?!\s+of\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:chemotherapy|therapy|treatment|chemoimmunotherapy|immunochemotherapy|immunotherapy|regimen)\b))|(?<![\w-]\s)(?<n>" + NumberWords.TwoToTwelve + @"|\d{1,2})\s+(?:cycles|courses)\s+later\b|(?<!\w\s)(?:only\s+)?(?:a\s+total\s+of\s+)?(?<n>" + NumberWords.OneToTwelve + @"|\d{1,2})\s+(?:maintenance\s+)?(?:cycles?|courses?|doses|infusions)\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:chemotherapy|therapy|treatment|regimen)\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:given|administered|completed|delivered|received|tolerated)\b|(?<![\w-]\s)(?:in\s+)?total(?:ly)?[,:]?\s+(?:of\s+)?(?<n>" + NumberWords.OneToTwelve + @"|\d{1,2})\s+(?:cycles?|courses?|doses|infusions)\b(?!\s+of\b)|\bnumber\s+of\s+(?:cycles|courses|doses|infusions)(?:\s+(?:given|administered|received|delivered))?\s*(?:was|were|:|=|reached)\s*(?<n>" + NumberWords.OneToTwelve + @"|\d{1,2})\b(?![.,]\d))", RegexOptions.IgnoreCase)]
    private static partial Regex AnaphoricCyclesRegex();

    /// <summary>
    /// A regimen named by a noun and given some times, in a sentence that names no drug: its cycles.
    /// | text | n |
    /// |---|---|
    /// | The regimen was given four times. | four |
    /// | This combination was administered six times before surgery. | six |
    /// | The chemotherapy was repeated three times at 3-week intervals. | three |
    /// | The regimen was changed two times. | no match |
    /// | The infusion was given three times a week. | no match |
    /// </summary>
    [GeneratedRegex(@"\b(?:regimen|combination|chemotherapy|chemoimmunotherapy|doublet|triplet)\s+(?:was|were)\s+(?:then\s+)?(?:given|administered|repeated|delivered)\s+(?<n>" + NumberWords.TwoToTwelve + @"|\d{1,2})\s+times\b(?!\s+(?:a|per|each|daily|weekly)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GivenTimesRegex();
}
