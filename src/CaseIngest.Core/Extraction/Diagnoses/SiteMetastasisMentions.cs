using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// The site metastases of the case around one head word ("hepatic metastases", "metastases to the liver", "liver
/// deposits"), added to the diagnoses found so far when the mention is accepted as the case's; a deposit or an
/// involvement of an organ counts only as a cancer's.
/// </summary>
internal static partial class SiteMetastasisMentions
{
    public static void Add(ExtractionContext context, int t, List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found,
        Func<ExtractionContext, int, int, bool> accept, Func<string, bool> isCancer)
    {
        var (tokens, token) = (context.Tokens, context.Tokens[t]);
        var sentence = context.SentenceAt(token.Start);
        // twelve words back, so that a count of none before the nodes is read ("none of the fourteen lymph nodes were …")
        var from = Math.Max(tokens[Math.Max(0, t - 12)].Start, sentence.Start);
        var to = Math.Min(sentence.End, token.End + 80);
        foreach (var (start, end, name) in SiteMetastasis.Around(context.Text, from, to, token.Start, token.End))
        {
            if (!SiteMetastasis.Progression(context.Text, sentence.Start, start) && accept(context, start, end)
                && (!SiteMetastasis.ToldAsDeposit(context.Text.AsSpan(start, end - start)) || OfACancer(context, sentence, start, end, found, isCancer))
                && (!SiteMetastasis.ToldAsNodalDisease(context.Text.AsSpan(start, end - start)) || !OfABloodCancer(context, sentence, start, found))
                && !DirectExtension(context, start, end, name, found))
            {
                found.Add((context.PatientAt(start), name, start, end, []));
            }
        }
    }

    /// <summary>
    /// Whether a deposit or an involvement of an organ is a cancer's: its clause (the sentence up to a semicolon) names a
    /// malignancy ("osseous involvement by the lymphoma"), or, for a deposit, the patient has a cancer named before it
    /// ("liver deposits" in a colon cancer). An involvement alone is no metastasis: lupus, sarcoidosis and infections
    /// involve organs too.
    /// </summary>
    private static bool OfACancer(ExtractionContext context, Sentence sentence, int start, int end,
        List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found, Func<string, bool> isCancer)
    {
        var text = context.Text;
        var from = text.LastIndexOf(';', start, start - sentence.Start);
        var to = text.IndexOf(';', end, sentence.End - end);
        var (clauseStart, clauseEnd) = (from < 0 ? sentence.Start : from + 1, to < 0 ? sentence.End : to);
        if (MalignancyRegex().IsMatch(text.AsSpan(clauseStart, clauseEnd - clauseStart)))
        {
            return true;
        }

        var patient = context.PatientAt(start);
        return !SiteMetastasis.ToldAsInvolvement(context.Text.AsSpan(start, end - start))
            && found.Exists(f => f.Patient == patient && f.Start < start && isCancer(f.Name));
    }

    /// <summary>
    /// Whether the nodes' disease is a blood cancer's own ("nodal disease" in a lymphoma): its sentence or a diagnosis of
    /// the patient found before it names a lymphoma, a leukaemia or a myeloma.
    /// </summary>
    private static bool OfABloodCancer(ExtractionContext context, Sentence sentence, int start,
        List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found)
    {
        if (BloodCancerRegex().IsMatch(context.Text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
        {
            return true;
        }

        var patient = context.PatientAt(start);
        return found.Exists(f => f.Patient == patient && BloodCancerRegex().IsMatch(f.Name));
    }

    /// <summary>
    /// Whether a spread told as such ("the tumour had spread to the skull base") reached a site next to where the
    /// patient's cancer arose: a nasopharyngeal or sinonasal cancer grows into the skull base and the orbit by direct
    /// extension, which is its local extent, not a metastasis.
    /// </summary>
    private static bool DirectExtension(ExtractionContext context, int start, int end, string name,
        List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found)
    {
        var phrase = context.Text.AsSpan(start, end - start);
        if (name is not ("bone metastasis" or "orbital metastasis") || !phrase.Contains("spread", StringComparison.OrdinalIgnoreCase)
            || !(phrase.Contains("skull", StringComparison.OrdinalIgnoreCase) || phrase.Contains("orbit", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var patient = context.PatientAt(start);
        return found.Exists(f => f.Patient == patient && SkullBasePrimaryRegex().IsMatch(f.Name))
            || SkullBasePrimaryRegex().IsMatch(context.Text.AsSpan(context.SentenceAt(start).Start, start - context.SentenceAt(start).Start));
    }

    // a lymphoma, a leukaemia, a myeloma: a cancer of the blood whose nodes are its own disease
    [GeneratedRegex(@"lymphoma|leuka?emi|myeloma|lymphoprolif", RegexOptions.IgnoreCase)]
    private static partial Regex BloodCancerRegex();

    // the primaries next to the skull base and the orbit: the nasopharynx, the nasal cavity and the paranasal sinuses
    [GeneratedRegex(@"nasopharyn|sinonasal|nasal\s+cavity|paranasal|maxillar|ethmoid|sphenoid|esthesioneuroblastoma|olfactory\s+neuroblastoma", RegexOptions.IgnoreCase)]
    private static partial Regex SkullBasePrimaryRegex();

    // "carcinoma", "lymphoma", "malignancy", "tumour", "cancer", "metastatic": a word that names the cancer in the sentence
    [GeneratedRegex(@"metasta|tumou?r|cancer|carcino|sarcoma|melanoma|lymphoma|myeloma|leuka?emia|blastoma|malignan|neoplas", RegexOptions.IgnoreCase)]
    private static partial Regex MalignancyRegex();
}
