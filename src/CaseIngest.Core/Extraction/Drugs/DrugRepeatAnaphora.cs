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

    /// <summary>Looks only at the sentences right after each drug statement, so the cost follows the mentions, not the text.</summary>
    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        var sentences = context.Sentences;
        var first = 0;
        while (first < mentions.Count)
        {
            var statement = context.SentenceIndexAt(mentions[first].Start);
            var last = first;
            while (last + 1 < mentions.Count && context.SentenceIndexAt(mentions[last + 1].Start) == statement)
            {
                last++;
            }

            var nextStatement = last + 1 < mentions.Count ? context.SentenceIndexAt(mentions[last + 1].Start) : sentences.Count;
            for (var index = statement + 1; statement >= 0 && index <= statement + SentenceReach && index < Math.Min(nextStatement, sentences.Count); index++)
            {
                var sentence = sentences[index];
                var match = RepeatedRegex().Match(text, sentence.Start, sentence.Length);
                if (!match.Success)
                {
                    continue;
                }

                if (context.IsAboutCase(match.Index) && context.PatientAt(mentions[last].Start) == context.PatientAt(match.Index)
                    && DrugAttributeParser.FindFrequency(match.Groups["schedule"].Value) is { } frequency)
                {
                    for (var k = first; k <= last; k++)
                    {
                        if (mentions[k].Attributes.Frequency is null)
                        {
                            mentions[k] = mentions[k] with { Attributes = mentions[k].Attributes with { Frequency = frequency } };
                        }
                    }
                }

                break;
            }

            first = last + 1;
        }
    }

    /// <summary>"Cycles were repeated every 28 days", "The treatment was given every 3 weeks", "it was administered q3w".</summary>
    [GeneratedRegex(@"\b(?:cycles?|courses?|treatments?|regimen|chemotherapy|therapy|it|this|they)\s+(?:was|were|is|are)\s+(?:then\s+)?(?:repeated|given|administered|scheduled)\s+(?<schedule>(?:every|at\s+intervals?\s+of)\s+(?:\w+\s+){0,1}\w+|q\s?\d+\s?[a-z]+\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RepeatedRegex();
}
