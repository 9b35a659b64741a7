using System.Buffers;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// The drugs of one cycle listed after the course was counted ("She received six cycles of chemotherapy. During each
/// cycle she received cisplatin, etoposide and bleomycin"; "he completed four courses; each course consisted of …") take
/// that count: the count stands in the sentence before the list, or earlier in its own sentence, and names no drug of
/// its own, so it is the count of the course the list describes. A drug that states its own count keeps it.
/// </summary>
internal static partial class DrugEachCycle
{
    /// <summary>The words every cue holds, looked for in one pass before any pattern runs.</summary>
    private static readonly SearchValues<string> CueWords = SearchValues.Create(["each cycle", "each course", "every cycle", "every course"], StringComparison.OrdinalIgnoreCase);

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        if (mentions.Count == 0 || text.AsSpan().IndexOfAny(CueWords) < 0)
        {
            return;
        }

        foreach (Match cue in EachCycleRegex().Matches(text))
        {
            var index = context.SentenceIndexAt(cue.Index);
            if (index < 0 || !context.IsAboutCase(cue.Index))
            {
                continue;
            }

            var sentence = context.Sentences[index];
            var first = mentions.FindIndex(m => m.Start >= cue.Index + cue.Length);
            if (first < 0 || mentions[first].Start >= sentence.End)
            {
                continue;
            }

            if (CountBefore(context, mentions, index, cue.Index) is not { } cycles)
            {
                continue;
            }

            for (var k = first; k < mentions.Count && mentions[k].Start < sentence.End; k++)
            {
                if (mentions[k].Attributes.Cycles is null)
                {
                    mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Cycles = cycles } };
                }
            }
        }
    }

    /// <summary>
    /// The count of cycles told before the cue at <paramref name="cue"/>, in its own sentence before it or in the sentence
    /// before, with no drug named between the count and the cue nor in the count's own sentence before it.
    /// </summary>
    private static int? CountBefore(ExtractionContext context, List<DrugMention> mentions, int sentenceIndex, int cue)
    {
        var text = context.Text;
        var from = sentenceIndex > 0 ? context.Sentences[sentenceIndex - 1].Start : context.Sentences[sentenceIndex].Start;
        Match? count = null;
        foreach (Match m in CountRegex().Matches(text[from..cue]))
        {
            count = m;
        }

        if (count is null)
        {
            return null;
        }

        var countAt = from + count.Index;
        var countSentence = context.SentenceAt(countAt);
        if (mentions.Exists(m => m.Start >= countSentence.Start && m.Start < cue))
        {
            return null;
        }

        return DrugAttributeParser.ParseCount(count.Groups["n"].Value);
    }

    // "During each cycle", "in each course", "for every cycle", "each cycle consisted of", "each course comprised"
    [GeneratedRegex(@"\b(?:(?:during|in|for|with|on)\s+(?:each|every)\s+(?:cycle|course)\b|(?:each|every)\s+(?:cycle|course)\s+(?:consisted\s+of|comprised|included|contained|was\s+composed\s+of|involved)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EachCycleRegex();

    // "six cycles", "4 courses", "four further cycles"
    [GeneratedRegex(@"\b(?<n>" + NumberWords.TwoToTwelve + @"|\d{1,2})\s+(?:(?:more|further|consecutive|adjuvant|neoadjuvant|induction)\s+)?(?:cycles|courses)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountRegex();
}
