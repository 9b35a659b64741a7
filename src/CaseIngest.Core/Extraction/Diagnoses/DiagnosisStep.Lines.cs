namespace CaseIngest.Core.Extraction.Diagnoses;

public sealed partial class DiagnosisStep
{
    // the verbless lines of a closing diagnosis list ("The diagnosis was heart failure." / "Severe tricuspid
    // insufficiency."): a line whose name no vocabulary gave, where no other mention lies
    private static void AddListedLines(ExtractionContext context, List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found, List<(int Start, int End)> covered)
    {
        var text = context.Text;
        // the last sentence that names a diagnosis ("diagnosis", "diagnoses"), which a list's opening line must
        var named = -1 - DiagnosisListLines.MaxLines;
        for (var i = 1; i < context.Sentences.Count; i++)
        {
            var sentence = context.Sentences[i];
            var previous = context.Sentences[i - 1];
            if (text.AsSpan(previous.Start, previous.Length).Contains("diagnos", StringComparison.OrdinalIgnoreCase))
            {
                named = i - 1;
            }

            // the cheap tests first: most sentences have no diagnosis line a list's length above them, and most do not
            // stand on a line of their own under one
            if (i - named > DiagnosisListLines.MaxLines
                || !DiagnosisListLines.OnDiagnosisLine(text, context.Sentences, i)
                || DiagnosisListLines.LineName(text, sentence) is not var (start, end, name)
                || Overlaps(covered, start, end) || found.Exists(f => f.Start < end && start < f.End)
                || !Accept(context, start, end) || MentionFilters.Comorbidity(text, sentence, start, end))
            {
                continue;
            }

            found.Add((context.PatientAt(start), name, start, end, []));
        }
    }
}
