using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>A histology with its organ after it, read around a head word.</summary>
public sealed partial class DiagnosisStep
{
    /// <summary>
    /// "serous carcinoma of the endometrium": the sited histology whose head is <paramref name="tokens"/>[<paramref name="head"/>]
    /// replaces the mentions inside it, unless one of them is its own node. True where a sited histology is read there,
    /// kept or not. Kept out of <see cref="Run"/>'s word loop so the loop holds no variable a lambda captures (which
    /// would cost an object for every word).
    /// </summary>
    private bool AddSited(
        ExtractionContext context, OncoTreeVocabulary tree, ReadOnlySpan<Token> tokens, int head, int sentenceStart,
        List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found, List<(int Start, int End)> covered)
    {
        if (SitedHistology.Before(context.Text, tokens, head, sentenceStart, _nameOf, _findNode ?? tree.Find) is not var (name, start, end))
        {
            return false;
        }

        var code = tree.Find(name)?.Code;
        var inside = 0;
        foreach (var f in found)
        {
            if (f.Start >= start && f.End <= end)
            {
                if (tree.Find(f.Name)?.Code == code)
                {
                    return true;
                }

                inside++;
            }
        }

        if ((inside > 0 || !Overlaps(covered, start, end)) && Accept(context, start, end))
        {
            // the mentions inside it give way, the others keep their order
            var kept = 0;
            for (var i = 0; i < found.Count; i++)
            {
                if (found[i].Start < start || found[i].End > end)
                {
                    found[kept++] = found[i];
                }
            }

            found.RemoveRange(kept, found.Count - kept);
            found.Add((context.PatientAt(start), name, start, end, []));
        }

        return true;
    }
}
