using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction;

/// <summary>Small checks shared by the fact steps on whether a mention speaks of the patient.</summary>
internal static class CaseScope
{
    /// <summary>
    /// Text about the case (<see cref="ExtractionContext.IsAboutCase"/>), and in the introduction or discussion
    /// only sentences that neither cite the literature ("[12]", "et al") nor speak of patients in general.
    /// </summary>
    public static bool InCase(ExtractionContext context, int start)
    {
        if (!context.IsAboutCase(start))
        {
            return false;
        }

        if (context.SectionAt(start)?.Kind is not (SectionKind.Introduction or SectionKind.Discussion))
        {
            return true;
        }

        var sentence = context.SentenceAt(start);
        var span = context.Text.AsSpan(sentence.Start, sentence.Length);
        if (GeneralWords.ContainsAny(span))
        {
            return false;
        }

        for (var i = 0; i + 1 < span.Length; i++)
        {
            if (span[i] == '[' && char.IsDigit(span[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words of a sentence about studies or patients in general, not the case.</summary>
    private static readonly CueSet GeneralWords = new(
    [
        "et al", "patients", "cases", "studies", " should ", " typically ", " generally ", " usually ", " often ", " may ", " can be ", " is recommended",
        " are recommended", " incidence", " reported in ", " literature", " commonly ",
    ]);

    /// <summary>Whether a relative is named before the mention in its clause ("her mother died of"): the family scope of context-rules.tsv.</summary>
    public static bool AboutRelative(ExtractionContext context, int start) =>
        (context.ModifiersOf(start, start) & ContextModifiers.Family) != 0;

    /// <summary>Whether the words before the mention say it is past history ("history of", "prior", "previous"): the historical scope of context-rules.tsv.</summary>
    public static bool PastHistory(ExtractionContext context, int start) =>
        (context.ModifiersOf(start, start) & ContextModifiers.Historical) != 0;
}
