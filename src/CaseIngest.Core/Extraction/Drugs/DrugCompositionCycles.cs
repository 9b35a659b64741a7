using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A count of cycles of chemotherapy stated in a sentence that names no drug, followed by a sentence that tells what the
/// chemotherapy consisted of ("She underwent six cycles of adjuvant chemotherapy. The regimen consisted of carboplatin
/// and paclitaxel."), counts for the drugs of that second sentence, where they state no cycles themselves.
/// </summary>
internal static partial class DrugCompositionCycles
{
    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        var sentences = context.Sentences;
        foreach (var (first, last, statement, _) in DrugStatement.All(context, mentions))
        {
            if (statement == 0 || (first > 0 && context.SentenceIndexAt(mentions[first - 1].Start) == statement - 1))
            {
                continue;
            }

            var opening = sentences[statement].Start;
            if (mentions[first].Start <= opening || !CompositionRegex().IsMatch(text.AsSpan(opening, mentions[first].Start - opening)))
            {
                continue;
            }

            var previous = sentences[statement - 1];
            var count = CountOfTherapyRegex().Match(text, previous.Start, previous.End - previous.Start);
            if (!count.Success || !context.IsAboutCase(count.Index) || context.PatientAt(count.Index) != context.PatientAt(mentions[first].Start)
                || DrugAttributeParser.ParseCount(count.Groups["n"].Value) is not { } cycles)
            {
                continue;
            }

            for (var k = first; k <= last; k++)
            {
                if (mentions[k].Attributes.Cycles is null)
                {
                    mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Cycles = cycles } };
                }
            }
        }
    }

    /// <summary>"The regimen consisted of", "This chemotherapy comprised", "Each cycle included", "It was composed of", before the first drug.</summary>
    [GeneratedRegex(@"^\s*(?:the\s+|this\s+|that\s+|each\s+|every\s+)?(?:[\w-]+\s+){0,2}?(?:chemotherapy|chemoimmunotherapy|immunochemotherapy|regimen|treatment|therapy|cycles?|courses?|it)\s+(?:consisted\s+of|comprised|included|contained|(?:was|were)\s+(?:composed\s+of|made\s+up\s+of|based\s+on))\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CompositionRegex();

    /// <summary>"six cycles of chemotherapy", "four courses of adjuvant chemotherapy", "3 cycles of the regimen".</summary>
    [GeneratedRegex(@"(?<![\w.])(?:a\s+total\s+of\s+)?(?<n>" + NumberWords.OneToTwelve + @"|\d{1,2})\s+(?:cycles?|courses?)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:chemotherapy|chemoimmunotherapy|immunochemotherapy|immunotherapy|regimen|treatment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountOfTherapyRegex();
}
