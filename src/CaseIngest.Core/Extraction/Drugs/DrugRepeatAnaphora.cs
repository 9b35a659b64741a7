using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A schedule stated for the course in a sentence that names no drug ("Cycles were repeated every 28 days"; "The
/// treatment was given every 3 weeks") is the frequency of the drugs of the statement just before it, when they state
/// none themselves.
/// </summary>
internal static partial class DrugRepeatAnaphora
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
        foreach (Match match in RepeatedRegex().Matches(text))
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
                || DrugAttributeParser.FindFrequency(match.Groups["schedule"].Value) is not { } frequency)
            {
                continue;
            }

            for (var k = last; k >= 0 && context.SentenceIndexAt(mentions[k].Start) == statement; k--)
            {
                if (mentions[k].Attributes.Frequency is null)
                {
                    mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Frequency = frequency } };
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:cycles?|courses?|treatments?|regimen|chemotherapy|therapy|it|this|they)\s+(?:was|were|is|are)\s+(?:then\s+)?(?:repeated|given|administered|scheduled)\s+(?<schedule>(?:every|at\s+intervals?\s+of)\s+(?:\w+\s+){0,1}\w+|q\s?\d+\s?[a-z]+\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RepeatedRegex();
}
