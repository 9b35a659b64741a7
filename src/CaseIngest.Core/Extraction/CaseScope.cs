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

    private static readonly string[] Others =
    [
        "mother", "father", "sister", "brother", "son", "daughter", "family", "familial", "grandmother", "grandfather",
        "aunt", "uncle", "cousin", "husband", "wife", "sibling", "siblings", "parents", "relatives", "maternal", "paternal",
    ];

    /// <summary>Whether a relative is named among the few words before the mention, in its sentence ("her mother died of").</summary>
    public static bool AboutRelative(ExtractionContext context, int start, int words = 6)
    {
        var sentence = context.SentenceAt(start);
        var tokens = context.SentenceTokens(sentence);
        var text = context.Text;
        var seen = 0;
        for (var i = tokens.Length - 1; i >= 0 && seen < words; i--)
        {
            if (tokens[i].Start >= start)
            {
                continue;
            }

            seen++;
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            foreach (var other in Others)
            {
                if (word.Equals(other, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the few words before the mention say it is past history ("history of", "prior", "previous").</summary>
    public static bool PastHistory(ExtractionContext context, int start)
    {
        var from = Math.Max(context.SentenceAt(start).Start, start - 40);
        var before = context.Text.AsSpan(from, start - from);
        return before.Contains("history of", StringComparison.OrdinalIgnoreCase)
            || before.Contains("h/o", StringComparison.OrdinalIgnoreCase)
            || before.Contains("previous", StringComparison.OrdinalIgnoreCase)
            || before.Contains("prior", StringComparison.OrdinalIgnoreCase)
            || before.Contains("preexisting", StringComparison.OrdinalIgnoreCase)
            || before.Contains("pre-existing", StringComparison.OrdinalIgnoreCase);
    }
}
