using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

public sealed partial class DiagnosisStep
{
    // a condition named right after a strong diagnosis cue, also one no list holds ("consistent with FSGS", "confirmed
    // the diagnosis of Ebstein anomaly"), where no other mention lies: a condition found inside the phrase keeps its own
    // name ("oral candidiasis" stays "candidiasis")
    private void AddCuedConditions(ExtractionContext context, List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found, List<(int Start, int End)> covered)
    {
        var text = context.Text;
        Func<string, string?> nameOf = phrase => NameOf(phrase) ?? (DiagnosedConditions.Default.TryGet(phrase, out var condition) ? condition.Name : null);
        foreach (var sentence in context.Sentences)
        {
            foreach (var (start, end, name) in CuedConditions.Find(text, sentence, nameOf))
            {
                if (Overlaps(covered, start, end) || found.Exists(f => f.Start < end && start < f.End)
                    || !Accept(context, start, end) || MentionFilters.Comorbidity(text, sentence, start, end))
                {
                    continue;
                }

                found.Add((context.PatientAt(start), name, start, end, []));
            }
        }
    }
}
