using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A dose changed in a clause after a semicolon or in the next sentence that names no drug ("Gemcitabine 1000 mg/m2 on
/// days 1 and 8; the dose was reduced to 800 mg/m2 after cycle 2", "Sunitinib 50 mg daily was started. Because of
/// hand-foot syndrome, the dose was reduced to 37.5 mg"; "the drug was withheld and restarted at 400 mg daily") is a further dose of the drug the statement before it names,
/// when that statement names exactly one drug and states its first dose. A change without an amount ("a 20% dose
/// reduction") is none, and with two drugs before it the new dose could be either's and is left alone.
/// </summary>
internal static partial class DrugLaterDose
{
    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        var sentences = context.Sentences;
        foreach (var (first, last, statement, nextStatement) in DrugStatement.All(context, mentions))
        {
            if (statement < 0 || !OneDosedDrug(mentions, first, last))
            {
                continue;
            }

            var sentence = sentences[statement];
            var semicolon = mentions[last].End < sentence.End ? text.IndexOf(';', mentions[last].End, sentence.End - mentions[last].End) : -1;
            var change = semicolon >= 0 ? Change(text, semicolon + 1, sentence.End) : null;
            if (change is null && statement + 1 < sentences.Count && statement + 1 < nextStatement)
            {
                var next = sentences[statement + 1];
                change = Change(text, next.Start, next.End);
            }

            if (change is not { } found || !context.IsAboutCase(found.Start) || context.PatientAt(mentions[last].Start) != context.PatientAt(found.Start))
            {
                continue;
            }

            for (var k = first; k <= last; k++)
            {
                var mention = mentions[k];
                var known = mention.MoreDoses ?? [];
                if (mention.Attributes.Dose is { } dose && dose != found.Dose && !known.Any(step => step.Dose == found.Dose))
                {
                    mentions[k] = mention with { MoreDoses = [.. known, new DrugDoseStep(found.Dose, null)] };
                }
            }
        }
    }

    /// <summary>The one drug the mentions <paramref name="first"/> to <paramref name="last"/> name, when it has a stated dose.</summary>
    private static bool OneDosedDrug(List<DrugMention> mentions, int first, int last)
    {
        string? name = null;
        var dosed = false;
        for (var k = first; k <= last; k++)
        {
            if (mentions[k].Drugs.Count != 1 || (name is not null && mentions[k].Drugs[0].Name != name))
            {
                return false;
            }

            name = mentions[k].Drugs[0].Name;
            dosed |= mentions[k].Attributes.Dose is not null;
        }

        return dosed;
    }

    /// <summary>The new dose a change in [<paramref name="start"/>, <paramref name="end"/>) arrives at, with where the change is stated.</summary>
    private static (int Start, Dose Dose)? Change(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var restart = span.IndexOf(" at ", StringComparison.OrdinalIgnoreCase) >= 0
            && (OrdinalIgnoreCase.Contains(span, "restart") || OrdinalIgnoreCase.Contains(span, "resume") || OrdinalIgnoreCase.Contains(span, "reintroduced"));
        if (!restart && (span.IndexOf(" to ", StringComparison.OrdinalIgnoreCase) < 0 || (!OrdinalIgnoreCase.Contains(span, "dos") && !OrdinalIgnoreCase.Contains(span, "it "))))
        {
            return null;
        }

        var m = restart && RestartRegex().Match(text, start, end - start) is { Success: true } again ? again : ChangeRegex().Match(text, start, end - start);
        return m.Success && DrugAttributeParser.After(text.AsSpan(m.Index + m.Length, end - m.Index - m.Length)).Dose is { } dose
            ? (m.Index, dose)
            : null;
    }

    /// <summary>
    /// "the dose was reduced to", "the dosage was subsequently increased to", "it was de-escalated to", "his dose was
    /// lowered to", "the dose was reduced by 20% to": a change of the dose, up to the figure it arrives at.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:the|its|this|her|his|their)\s+(?:daily\s+)?(?:dose|dosage)|it)\s+(?:was|were|had\s+been|has\s+been)\s+(?:then\s+|subsequently\s+|later\s+|further\s+|gradually\s+|eventually\s+)?(?:reduced|decreased|lowered|de-?escalated|escalated|increased|raised|titrated|tapered|adjusted|modified)\s+(?:(?:up|down)\s+)?(?:by\s+\d{1,2}\s?%\s+)?to\s+(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeRegex();

    /// <summary>
    /// A drug taken up again at a new dose, up to the figure.
    /// | text | match |
    /// |---|---|
    /// | the drug was withheld until it resolved and restarted at 400 mg daily | restarted at |
    /// | it was resumed at a reduced dose of 100 mg | resumed at a reduced dose of |
    /// | treatment was reintroduced at 75% of the dose | no match |
    /// | she restarted at work after 2 weeks | no match |
    /// </summary>
    [GeneratedRegex(@"\b(?:restarted|resumed|re-started|reintroduced)\s+at\s+(?:an?\s+(?:reduced|lower|higher|decreased|lowered)\s+(?:daily\s+)?(?:dose|dosage)\s+of\s+)?(?=\d+(?:\.\d+)?\s?(?:mg|g|µg|mcg|units?|IU)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RestartRegex();
}
