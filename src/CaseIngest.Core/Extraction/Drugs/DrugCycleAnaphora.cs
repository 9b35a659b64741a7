using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A number of cycles stated in a sentence that names no drug ("However, after two cycles, the cough worsened";
/// "After three cycles of chemotherapy, PET-CT showed …") counts for the drugs of the statement just before it,
/// when they state no cycles themselves.
/// </summary>
internal static partial class DrugCycleAnaphora
{
    /// <summary>How many sentences back the drug statement may be.</summary>
    private const int SentenceReach = 2;

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var text = context.Text;
        var next = 0;
        foreach (Match match in AnaphoricCyclesRegex().Matches(text))
        {
            while (next < mentions.Count && mentions[next].Start < match.Index)
            {
                next++;
            }

            var last = next - 1;
            var sentence = context.SentenceIndexAt(match.Index);
            if (last < 0 || !context.IsAboutCase(match.Index)
                || (next < mentions.Count && context.SentenceIndexAt(mentions[next].Start) == sentence))
            {
                continue;
            }

            var statement = context.SentenceIndexAt(mentions[last].Start);
            if (statement == sentence || sentence - statement > SentenceReach
                || context.PatientAt(mentions[last].Start) != context.PatientAt(match.Index)
                || DrugAttributeParser.ParseCount(match.Groups["n"].Value) is not { } cycles
                || LaterCycleFollows(context, match.Index + match.Length, sentence, cycles))
            {
                continue;
            }

            for (var k = last; k >= 0 && context.SentenceIndexAt(mentions[k].Start) == statement; k--)
            {
                if (mentions[k].Attributes.Cycles is null)
                {
                    mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Cycles = cycles } };
                }
            }
        }
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

    [GeneratedRegex(@"\b(?:(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:cycle|course)|(?:cycle|course)\s+(?<ord>\d{1,2})\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalCycleRegex();

    [GeneratedRegex(@"\b(?:after|following|completing|completed)\s+(?:a\s+total\s+of\s+)?(?<n>a\s+single|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:cycles?|courses?)\b(?!\s+of\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:chemotherapy|therapy|treatment|chemoimmunotherapy|immunochemotherapy|immunotherapy|regimen)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex AnaphoricCyclesRegex();
}
