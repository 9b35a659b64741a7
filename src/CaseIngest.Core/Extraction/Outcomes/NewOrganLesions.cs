using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "Three months later, new hepatic lesions appeared", "CT showed multiple new lung nodules": new lesions of an organ
/// cancers spread to, in a patient with a cancer who has been treated, are the cancer's progression even where their
/// sentence names no tumour, and such lesions that resolved are its regression. Lesions the sentence gives another
/// cause (an abscess, an infarct, demyelination) are not.
/// </summary>
internal static partial class NewOrganLesions
{
    public static bool OfTheCancer(ExtractionContext context, int start, int end) =>
        (OrganRegex().IsMatch(context.Text.AsSpan(start, end - start)) || OrganAfter(context.Text, end, context.SentenceAt(start).End))
        && InATreatedCancer(context, start);

    /// <summary>"new lesions appeared in the liver", "new nodules were found in both lungs": the organ told after the lesions.</summary>
    private static bool OrganAfter(string text, int end, int sentenceEnd) =>
        end < sentenceEnd && OrganAfterRegex().IsMatch(text.AsSpan(end, Math.Min(80, sentenceEnd - end)));

    /// <summary>
    /// "After two months the hepatic lesions had resolved", "near complete resolution of the retroperitoneal mass": lesions
    /// of an organ, or a mass, that resolved in a patient with a treated cancer are the cancer's, as new ones are.
    /// </summary>
    public static bool ResolvedOfTheCancer(ExtractionContext context, int start, int end)
    {
        // the organ may qualify the lesions just before the match: "the hepatic lesions had resolved"
        var from = Math.Max(context.SentenceAt(start).Start, start - 24);
        var phrase = context.Text.AsSpan(from, end - from);
        return (OrganRegex().IsMatch(phrase) || MassRegex().IsMatch(phrase) || (WholeRegex().IsMatch(phrase) && !SkinRegex().IsMatch(phrase)))
            && InATreatedCancer(context, start);
    }

    /// <summary>
    /// A sentence that gives its lesions no other cause, of a patient diagnosed with a neoplasm of the OncoTree or a site
    /// metastasis who received drugs or radiotherapy before it.
    /// </summary>
    private static bool InATreatedCancer(ExtractionContext context, int start)
    {
        var sentence = context.SentenceAt(start);
        if (OtherCauseRegex().IsMatch(context.Text.AsSpan(sentence.Start, sentence.Length)) || !OutcomeFilters.TreatedBefore(context, start))
        {
            return false;
        }

        var patient = context.PatientAt(start);
        return context.Diagnoses.Exists(d => d.Patient == patient && (d.Oncotree is not null || d.Name.EndsWith("metastasis", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"\bmass(?:es)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MassRegex();

    // "complete disappearance of the lesions", "all lesions disappeared", "the nodules had completely vanished"
    [GeneratedRegex(@"\b(?:all|complete|completely|total|totally|entire|entirely)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WholeRegex();

    // "the skin lesions resolved completely", "all oral ulcers and mucosal lesions disappeared"
    [GeneratedRegex(@"\b(?:skin|cutaneous|oral|mucosal|erythematous|pustular|bullous|vesicular|papular|macular|eczematous)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SkinRegex();

    // the organs metastases reach; the skin is left out, where new lesions are as often a rash
    [GeneratedRegex(@"\b(?:hepatic|liver|lungs?|pulmonary|bones?|osseous|bony|skeletal|brain|cerebral|intracranial|adrenal|peritoneal|pleural|splenic|nodal|lymph\s+nodes?|vertebral|spinal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrganRegex();

    // from the lesions to the organ they are in, at most a verb of finding between:
    //   " appeared in the liver"                 -> organ after
    //   " were detected in both lungs"           -> organ after
    //   " in the right adrenal gland"            -> organ after
    //   " appeared on the skin of the trunk"     -> no organ (the skin is left out)
    //   " appeared after the second cycle"       -> no organ
    [GeneratedRegex(@"^\s+(?:(?:had\s+|have\s+)?(?:appeared|developed|emerged|arisen|arose)\s+|(?:was|were|had\s+been|have\s+been)\s+(?:also\s+)?(?:found|seen|detected|noted|observed|identified|visuali[sz]ed|present|evident)\s+)?(?:in|within|throughout)\s+(?:the\s+|both\s+|his\s+|her\s+)?(?:(?:left|right|upper|lower|remnant|contralateral)\s+)?(?:hepatic|liver|lungs?|pulmonary|bones?|brain|adrenals?|peritoneum|pleura|spleen|lymph\s+nodes?|vertebrae|spine|mediastinum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrganAfterRegex();

    [GeneratedRegex(@"abscess|infarct|demyelinat|isch(?:a)?emi|inflammat|infect|embol|h(?:a)?emorrhag|\bcysts?\b|cystic|h(?:a)?emangioma|granulom|sarcoid|pneumonitis|vasculitis|benign|tubercul|fung|\brash", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCauseRegex();
}
