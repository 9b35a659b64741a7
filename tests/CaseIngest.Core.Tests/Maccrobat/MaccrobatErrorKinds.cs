namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// Sorts a half's misses and wrong facts by the shape of the error, so the sealed half can say where its errors lie without
/// naming an item: a dose missed whose drug was found, a marker missed as a whole, an adverse event over past history.
/// </summary>
internal static class MaccrobatErrorKinds
{
    private static readonly HashSet<string> GenericHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "tumor", "tumors", "tumour", "tumours", "neoplasm", "neoplasms", "cancer", "malignancy", "malignancies", "mass",
        "lesion", "lesions", "disease", "metastasis", "metastases", "carcinoma", "malignant", "primary",
    };

    /// <summary>The kind of a gold item no fact matched, given every fact of the document.</summary>
    public static string Miss(GoldItem gold, IReadOnlyList<EngineItem> facts)
    {
        bool Over(string category) => facts.Any(f => f.Category == category && gold.Overlaps(f.Start, f.End));
        var part = gold.Key.Split('|')[0];
        switch (gold.Category)
        {
            case MaccrobatCategory.Patients:
                return facts.Any(f => f.Category == MaccrobatCategory.Patients && f.Keys[0].StartsWith(part + "|", StringComparison.Ordinal))
                    ? part + ": another value" : part + ": not read";
            case MaccrobatCategory.Drugs:
                return Over(MaccrobatCategory.Drugs) ? "status differs" : "absent";
            case MaccrobatCategory.Doses:
                return Over(MaccrobatCategory.Doses) ? "another value"
                    : Over(MaccrobatCategory.Drugs) ? "not read (drug found)" : "drug absent";
            case MaccrobatCategory.Regimen:
                return facts.Any(f => f.Category == MaccrobatCategory.Regimen && gold.Overlaps(f.Start, f.End)
                        && f.Keys[0].StartsWith(part + "|", StringComparison.Ordinal)) ? part + ": another value"
                    : Over(MaccrobatCategory.Drugs) ? part + ": not read (drug found)" : part + ": drug absent";
            case MaccrobatCategory.Diagnoses:
                return gold.Anchors.All(a => a.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(GenericHeads.Contains))
                    ? "absent: generic head" : "absent: named";
            case MaccrobatCategory.Markers:
                return Over(MaccrobatCategory.Markers) ? (gold.Key == "value" ? "value not read" : "another result")
                    : gold.Key == "value" ? "serum value: absent" : "absent";
            case MaccrobatCategory.Outcomes:
                return Over(MaccrobatCategory.Outcomes) ? gold.Key + ": another kind" : gold.Key + ": absent";
            default:
                return "absent";
        }
    }

    /// <summary>The kind of a fact judged wrong, from what the annotators marked under it.</summary>
    public static string Wrong(EngineItem fact, BratDocument document, MaccrobatVocabulary vocabulary)
    {
        var under = fact.Start < 0 ? [] : document.Entities.Where(e => e.Overlaps(fact.Start, fact.End)).ToList();
        if (fact.Category == MaccrobatCategory.Doses)
        {
            return "another value";
        }

        if (fact.Category is MaccrobatCategory.Patients or MaccrobatCategory.Regimen)
        {
            return fact.Keys[0].Split('|')[0] + ": another value";
        }

        if (under.Count == 0)
        {
            return "over nothing annotated";
        }

        if (under.Exists(e => e.Type == "History"))
        {
            return "over past history";
        }

        var polarities = under.Where(e => e.Type is "Sign_symptom" or "Disease_disorder")
            .Select(e => document.Attribute(e.Id, "POLARITY")).OfType<string>().ToList();
        if (polarities.Count > 0)
        {
            return polarities.Contains("NEG") ? "over a negated mention" : "over a hedged mention";
        }

        return fact.Category switch
        {
            MaccrobatCategory.Drugs => "given over a negated medication",
            MaccrobatCategory.Diagnoses => "over a disorder",
            MaccrobatCategory.Markers => "another result",
            MaccrobatCategory.Outcomes => fact.Keys[0] + " over another kind",
            MaccrobatCategory.AdverseEvents => under.Exists(e => e.Type == "Disease_disorder" && vocabulary.NamesNeoplasm(e.Text))
                ? "over the neoplasm" : "caused by no medication",
            _ => "other",
        };
    }
}
