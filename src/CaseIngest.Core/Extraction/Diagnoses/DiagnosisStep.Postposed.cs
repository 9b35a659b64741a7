namespace CaseIngest.Core.Extraction.Diagnoses;

public sealed partial class DiagnosisStep
{
    // the cancer of an organ written after its histology without "of" ("carcinoma cervix" as "carcinoma of the cervix"):
    // the lexicon's name of the histology at that organ, or the organ's adjective before the histology
    private string PostposedName(string histology, string organ)
    {
        var adjective = OrganNaming.Adjectives[organ];
        return NameOf(histology + " of the " + organ) ?? NameOf(adjective + " " + histology)
            ?? (histology == "carcinoma" ? NameOf(adjective + " cancer") : null) ?? adjective + " " + histology;
    }

    // "Ca cervix", "CA breast": the abbreviated carcinoma with its organ after it (never a marker: "CA 19-9", "CA-125")
    private void AddAbbreviatedCarcinomas(ExtractionContext context, List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found, List<(int Start, int End)> covered)
    {
        var text = context.Text;
        foreach (var token in context.Tokens)
        {
            if (token.Length != 2 || text[token.Start] != 'C' || text[token.Start + 1] is not ('a' or 'A'))
            {
                continue;
            }

            if (PostposedOrgan.After(text, token.End) is var (organ, end) && !Overlaps(covered, token.Start, end) && Accept(context, token.Start, end))
            {
                found.Add((context.PatientAt(token.Start), PostposedName("carcinoma", organ), token.Start, end, []));
            }
        }
    }
}
