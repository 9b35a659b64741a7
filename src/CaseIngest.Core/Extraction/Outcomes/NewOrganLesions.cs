using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "Three months later, new hepatic lesions appeared", "CT showed multiple new lung nodules": new lesions of an organ
/// cancers spread to, in a patient with a cancer who has been treated, are the cancer's progression even where their
/// sentence names no tumour. Lesions the sentence gives another cause (an abscess, an infarct, demyelination) are not.
/// </summary>
internal static partial class NewOrganLesions
{
    public static bool OfTheCancer(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(start);
        if (!OrganRegex().IsMatch(text.AsSpan(start, end - start)) || OtherCauseRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length))
            || !OutcomeFilters.TreatedBefore(context, start))
        {
            return false;
        }

        // a neoplasm of the OncoTree, or a site metastasis, diagnosed for the same patient
        var patient = context.PatientAt(start);
        return context.Diagnoses.Exists(d => d.Patient == patient && (d.Oncotree is not null || d.Name.EndsWith("metastasis", StringComparison.Ordinal)));
    }

    // the organs metastases reach; the skin is left out, where new lesions are as often a rash
    [GeneratedRegex(@"\b(?:hepatic|liver|lungs?|pulmonary|bones?|osseous|bony|skeletal|brain|cerebral|intracranial|adrenal|peritoneal|pleural|splenic|nodal|lymph\s+nodes?|vertebral|spinal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrganRegex();

    [GeneratedRegex(@"abscess|infarct|demyelinat|isch(?:a)?emi|inflammat|infect|embol|h(?:a)?emorrhag|\bcysts?\b|cystic|h(?:a)?emangioma|granulom|sarcoid|pneumonitis|vasculitis|benign|tubercul|fung|\brash", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCauseRegex();
}
