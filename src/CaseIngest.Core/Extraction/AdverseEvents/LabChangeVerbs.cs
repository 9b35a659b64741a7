using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Laboratory changes written with a verb and the value reached: "her serum creatinine rose to 2.1 mg/dL", "ALT was
/// elevated at 230 U/L", "the platelet count fell to 45,000/µL". The analyte before the verb is looked up as the
/// lexicon's own wording of the change ("increased creatinine", "decreased platelet count"), so the event is the CTCAE
/// investigation (or the authors' term for it) that the noun wordings name too. A value is required: without one,
/// "increased" and "elevated" are too often a description of a finding rather than a change.
/// </summary>
internal static partial class LabChangeVerbs
{
    /// <summary>Most words of an analyte name the lookup tries ("white blood cell count", "serum alkaline phosphatase").</summary>
    private const int MaxAnalyteWords = 4;

    /// <summary>Words between the analyte and the verb that are not part of the analyte ("levels were", "had further").</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "has", "have", "been", "level", "levels", "value", "values", "concentration", "concentrations",
        "further", "markedly", "significantly", "sharply", "rapidly", "gradually", "progressively", "abruptly", "suddenly",
    };

    /// <summary>Words before the analyte that qualify the specimen, tried with and without ("serum creatinine" → "creatinine").</summary>
    private static readonly string[] Specimens = ["serum ", "blood ", "plasma "];

    /// <summary>The changes of <paramref name="text"/> that <paramref name="lookUp"/> resolves, as spans from the analyte to the verb.</summary>
    public static IEnumerable<PhraseMatch<AdverseEventTerm>> Find(string text, Func<string, AdverseEventTerm?> lookUp)
    {
        foreach (Match verb in VerbRegex().Matches(text))
        {
            if (InLaboratoryPanel(text, verb.Index))
            {
                continue;
            }

            var direction = verb.Groups["down"].Success ? "decreased" : "increased";
            var words = WordsBefore(text, verb.Index);
            if (Resolve(words, direction, lookUp) is var (start, term))
            {
                yield return new PhraseMatch<AdverseEventTerm>(start, verb.Index + verb.Groups["verb"].Length, term);
            }
        }
    }

    /// <summary>
    /// Whether the verb stands in a sentence that reports a laboratory work-up ("Among the laboratory findings, …
    /// potassium was decreased to 2.8 mEq/L", "Blood tests on admission showed …"): its values are findings of a time
    /// point, not a change the text follows from a treatment.
    /// </summary>
    private static bool InLaboratoryPanel(string text, int verb)
    {
        var start = text.LastIndexOfAny(['.', '\n', ';'], Math.Max(0, verb - 1)) + 1;
        var before = text.AsSpan(start, verb - start);
        return before.Contains("laborator", StringComparison.OrdinalIgnoreCase) || before.Contains("blood test", StringComparison.OrdinalIgnoreCase)
            || before.Contains("admission", StringComparison.OrdinalIgnoreCase) || before.Contains("work-up", StringComparison.OrdinalIgnoreCase)
            || before.Contains("workup", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The longest run of the words before the verb (fillers skipped) that names a change in the lexicon.</summary>
    private static (int Start, AdverseEventTerm Term)? Resolve(List<(int Start, string Word)> words, string direction,
        Func<string, AdverseEventTerm?> lookUp)
    {
        for (var count = Math.Min(MaxAnalyteWords, words.Count); count >= 1; count--)
        {
            var analyte = string.Join(' ', words.Skip(words.Count - count).Select(w => w.Word));
            foreach (var candidate in WithoutSpecimen(analyte))
            {
                if (lookUp($"{direction} {candidate}") is { } term)
                {
                    return (words[^count].Start, term);
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> WithoutSpecimen(string analyte)
    {
        yield return analyte;
        foreach (var specimen in Specimens)
        {
            if (analyte.StartsWith(specimen, StringComparison.OrdinalIgnoreCase) && analyte.Length > specimen.Length)
            {
                yield return analyte[specimen.Length..];
            }
        }
    }

    /// <summary>The words of the clause before <paramref name="end"/>, nearest last, after the fillers right before it.</summary>
    private static List<(int Start, string Word)> WordsBefore(string text, int end)
    {
        var words = new List<(int Start, string Word)>();
        var i = end;
        var fillers = true;
        while (words.Count < MaxAnalyteWords)
        {
            while (i > 0 && text[i - 1] == ' ')
            {
                i--;
            }

            var wordEnd = i;
            while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '-'))
            {
                i--;
            }

            if (wordEnd == i)
            {
                break; // punctuation ends the clause
            }

            var word = text[i..wordEnd];
            if (fillers && Fillers.Contains(word))
            {
                continue;
            }

            fillers = false;
            words.Insert(0, (i, word));
        }

        return words;
    }

    /// <summary>A verb of change followed by the value reached or started from ("rose to 2.1", "was elevated at 230", "fell from 180 to 45").</summary>
    [GeneratedRegex(@"\b(?<verb>(?:rose|risen|increased|elevated|climbed|peaked)|(?<down>fell|fallen|dropped|decreased|declined))(?:\s+(?:sharply|rapidly|markedly|significantly|further|gradually))?\s+(?:to|at|from|up\s+to)\s+[<>≤≥]?\s*\d",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbRegex();
}
