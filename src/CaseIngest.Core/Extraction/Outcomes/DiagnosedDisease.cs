using CaseIngest.Core.Extraction.Diagnoses;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// A recurrence of the disease the report diagnoses in the patient, even when it is no cancer: "a recurrence of diffuse
/// alveolar hemorrhage" names the diagnosis after it, "the vasculitis relapsed" names its head noun just before it, either spelt the vocabulary's way or another ("the
/// leukaemia relapsed"). A
/// recurrence of anything else the report only describes (a pain, the headaches) stays out.
/// </summary>
internal static class DiagnosedDisease
{
    /// <summary>How far after the recurrence word its "of …" may name the disease.</summary>
    private const int After = 60;

    /// <summary>How far before the recurrence word the subject that names the disease may begin.</summary>
    private const int Before = 40;

    /// <summary>The shortest head noun read on its own; shorter ones ("cyst", "ulcer") are too often something else.</summary>
    private const int ShortestHead = 6;

    public static bool Named(ExtractionContext context, int start, int end)
    {
        if (context.Diagnoses.Count == 0)
        {
            return false;
        }

        var text = context.Text;
        var sentence = context.SentenceAt(start);
        var patient = context.PatientAt(start);
        var afterEnd = Math.Min(sentence.End, end + After);
        var after = afterEnd > end ? text.AsSpan(end, afterEnd - end) : [];
        var beforeStart = Math.Max(sentence.Start, start - Before);
        var before = text.AsSpan(beforeStart, start - beforeStart);
        foreach (var diagnosis in context.Diagnoses)
        {
            if (diagnosis.Patient != patient || diagnosis.Name.Length < 4)
            {
                continue;
            }

            // "recurrence of diffuse alveolar hemorrhage": the whole name after "of"
            if (after.TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase) && Holds(after, diagnosis.Name))
            {
                return true;
            }

            // "the vasculitis relapsed": the subject is the diagnosis's head noun
            var space = diagnosis.Name.LastIndexOf(' ');
            var head = diagnosis.Name.AsSpan(space + 1);
            if (head.Length >= ShortestHead && EndsWithHead(before.TrimEnd(), head))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name in the words, spelt as the vocabulary spells it or another way ("diffuse alveolar haemorrhage").</summary>
    private static bool Holds(ReadOnlySpan<char> words, string name)
    {
        if (words.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var other in SpellingVariants.Of(name))
        {
            if (words.Contains(other, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words end in the head noun, spelt either way ("the leukaemia relapsed" of acute myeloid leukemia).</summary>
    private static bool EndsWithHead(ReadOnlySpan<char> words, ReadOnlySpan<char> head)
    {
        if (words.EndsWith(head, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var other in SpellingVariants.Of(head.ToString()))
        {
            if (words.EndsWith(other, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
