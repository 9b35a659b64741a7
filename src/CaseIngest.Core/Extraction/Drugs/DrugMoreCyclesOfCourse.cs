using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// More cycles of a course named again ("After two cycles, PET-CT showed a complete response, and four more cycles of
/// ABVD were given"; "He received three cycles of FOLFOX. … An additional three cycles of FOLFOX were given") add to the
/// cycles of that course counted before: its own count, or a count of cycles told between the two mentions ("after two
/// cycles"). Both mentions then hold the total, so the course is one fact. Without an earlier count the later count
/// stands as it is, and cycles given after an operation told in between ("Another 8 cycles were given following surgery")
/// are a course of their own.
/// </summary>
internal static partial class DrugMoreCyclesOfCourse
{
    /// <summary>How far before the drug the count of more cycles may begin.</summary>
    private const int BeforeReach = 60;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var i = 1; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Attributes.Cycles is not { } more)
            {
                continue;
            }

            var sentence = context.SentenceAt(mention.Start);
            var from = Math.Max(sentence.Start, mention.Start - BeforeReach);
            var before = text.AsSpan(from, mention.Start - from);
            if (!OrdinalIgnoreCase.Contains(before, "more") && !OrdinalIgnoreCase.Contains(before, "additional")
                && !OrdinalIgnoreCase.Contains(before, "further") && !OrdinalIgnoreCase.Contains(before, "another"))
            {
                continue;
            }

            var stated = MoreBeforeRegex().Match(text, from, mention.Start - from);
            if (!stated.Success || DrugAttributeParser.ParseCount(stated.Groups["n"].Value) != more)
            {
                continue;
            }

            // the drugs listed after the count share it: "2 further courses of gemcitabine and cisplatin"
            for (var k = i; k < mentions.Count && (k == i || Listed(text, mentions[k - 1], mentions[k])) && mentions[k].Attributes.Cycles == more; k++)
            {
                AddToEarlier(context, mentions, k, sentence.Start, stated.Index, more);
            }
        }
    }

    private static void AddToEarlier(ExtractionContext context, List<DrugMention> mentions, int index, int sentenceStart, int countStart, int more)
    {
        if (EarlierMention(context, mentions, index, sentenceStart) is not (>= 0 and var earlier)
            || CourseOperation.Between(context.Text, mentions[earlier].End, mentions[index].Start)
            || (mentions[earlier].Attributes.Cycles ?? CountBetween(context.Text, mentions[earlier].End, countStart)) is not { } first)
        {
            return;
        }

        var total = first + more;
        mentions[index] = mentions[index] with { Attributes = mentions[index].Attributes with { Cycles = total } };
        mentions[earlier] = mentions[earlier] with { Attributes = mentions[earlier].Attributes with { Cycles = total } };
    }

    /// <summary>Whether <paramref name="next"/> follows <paramref name="previous"/> in the same list: a comma, "and" or "plus" between them.</summary>
    internal static bool Listed(string text, DrugMention previous, DrugMention next) =>
        next.Start > previous.End && next.Start - previous.End <= 7 && text.AsSpan(previous.End, next.Start - previous.End).Trim() is var gap
        && (gap.SequenceEqual(",") || gap.SequenceEqual("and") || gap.SequenceEqual(", and") || gap.SequenceEqual("plus"));

    /// <summary>The last mention before <paramref name="index"/>, in an earlier sentence, of the same patient and status, that names every drug it names, or -1.</summary>
    private static int EarlierMention(ExtractionContext context, List<DrugMention> mentions, int index, int sentenceStart)
    {
        var mention = mentions[index];
        var patient = context.PatientAt(mention.Start);
        for (var k = index - 1; k >= 0; k--)
        {
            var candidate = mentions[k];
            if (candidate.Start < sentenceStart && candidate.Status == mention.Status && context.PatientAt(candidate.Start) == patient
                && mention.Drugs.All(d => candidate.Drugs.Any(c => c.Name == d.Name)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The last count of cycles given told in [<paramref name="from"/>, <paramref name="to"/>) ("After two cycles"), or null.</summary>
    private static int? CountBetween(string text, int from, int to)
    {
        int? count = null;
        if (to > from && (OrdinalIgnoreCase.Contains(text.AsSpan(from, to - from), "cycle") || OrdinalIgnoreCase.Contains(text.AsSpan(from, to - from), "course")))
        {
            foreach (Match m in CountGivenRegex().Matches(text[from..to]))
            {
                count = DrugAttributeParser.ParseCount(m.Groups["n"].Value);
            }
        }

        return count;
    }

    /// <summary>
    /// A count of more cycles right before the drug.
    /// | text | n |
    /// |---|---|
    /// | four more cycles of | four |
    /// | an additional 3 cycles of the same | 3 |
    /// | another two courses of | two |
    /// | 2 further cycles of adjuvant | 2 |
    /// | four cycles of | no match |
    /// </summary>
    [GeneratedRegex(@"(?:(?<![\w.])(?<n>\d{1,2}|one|" + NumberWords.TwoToTwelve + @")\s+(?:more|additional|further)|\b(?:an?\s+)?(?:additional|another|further)\s+(?<n>\d{1,2}|" + NumberWords.TwoToTwelve + @"))\s+(?:cycles?|courses?)\s+of\s+(?:(?:the|same|adjuvant|consolidation|maintenance|chemotherapy\s+with)\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex MoreBeforeRegex();

    /// <summary>
    /// A count of cycles given or reached.
    /// | text | n |
    /// |---|---|
    /// | After two cycles | two |
    /// | following 3 courses | 3 |
    /// | she completed four cycles | four |
    /// | Two cycles were given | Two |
    /// | the second cycle | no match |
    /// </summary>
    [GeneratedRegex(@"\b(?:after|following|completing|completed|received|receiving|(?:was|were)\s+given)\s+(?:the\s+)?(?:first\s+)?(?<n>\d{1,2}|one|" + NumberWords.TwoToTwelve + @")\s+(?:cycles?|courses?)\b|(?<![\w\s]\s)\b(?<n>\d{1,2}|one|" + NumberWords.TwoToTwelve + @")\s+(?:cycles?|courses?)\s+(?:were|was|had\s+been)\s+(?:given|administered|completed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountGivenRegex();
}
