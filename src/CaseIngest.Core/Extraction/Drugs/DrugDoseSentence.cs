using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A sentence that gives a dose without naming the drug ("Nivolumab was started. He received 240 mg intravenously every
/// 2 weeks.") states the dose, route and schedule of the drug the sentence before it names, when that sentence names
/// exactly one drug; each fills only what the drug's own words leave open. With two or more drugs before it, the dose
/// could be either's and is left alone.
/// </summary>
internal static partial class DrugDoseSentence
{
    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        var sentences = context.Sentences;
        foreach (var (first, last, statement, nextStatement) in DrugStatement.All(context, mentions))
        {
            var next = statement + 1;
            if (statement >= 0 && next < sentences.Count && next < nextStatement && OneDrug(mentions, first, last))
            {
                var sentence = sentences[next];
                var match = DoseSentenceRegex().Match(text, sentence.Start, sentence.End - sentence.Start);
                if (match.Success && context.IsAboutCase(match.Index) && context.PatientAt(mentions[last].Start) == context.PatientAt(match.Index))
                {
                    var stated = DrugAttributeParser.After(text.AsSpan(match.Index, sentence.End - match.Index));
                    if (stated.Dose is not null)
                    {
                        for (var k = first; k <= last; k++)
                        {
                            var mention = mentions[k];
                            if (mention.Attributes.Dose is null)
                            {
                                mentions[k] = mention with { Attributes = mention.Attributes.Or(stated) };
                            }
                        }
                    }
                }
            }
        }
    }

    private static bool OneDrug(List<DrugMention> mentions, int first, int last)
    {
        string? name = null;
        for (var k = first; k <= last; k++)
        {
            if (mentions[k].Drugs.Count != 1 || (name is not null && mentions[k].Drugs[0].Name != name))
            {
                return false;
            }

            name = mentions[k].Drugs[0].Name;
        }

        return name is not null;
    }

    /// <summary>
    /// "He received 240 mg", "She was given 8 mg/kg", "The dose was 200 mg", "administered at a dose of 3 mg/kg": a
    /// giving verb or a dose noun right before a figure with a dose unit.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:he|she|the\s+patient)\s+(?:then\s+)?(?:received|was\s+given|was\s+administered)|(?:it|this)\s+was\s+(?:given|administered|dosed)|(?:the\s+)?(?:dose|dosage)\s+(?:was|of)|at\s+a\s+dose\s+of|dosed\s+at)\s+(?:a\s+dose\s+of\s+|an?\s+\w+\s+dose\s+of\s+)?(?=\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DoseSentenceRegex();
}
