namespace CaseIngest.Core.Tests.Golden;

/// <summary>The closed vocabularies of the case-record contract and the golden-record rules.</summary>
public static class GoldenVocabulary
{
    public static IReadOnlySet<string> Sexes { get; } = Set("male", "female");

    public static IReadOnlySet<string> Statuses { get; } = Set("given", "planned", "not-given");

    /// <summary>
    /// The canonical spellings; g/m2 and µg/kg are the same spellings of units written that way, and units of activity
    /// ("80 units/kg" of heparin) are U, U/kg, IU or IU/kg.
    /// </summary>
    public static IReadOnlySet<string> DoseUnits { get; } = Set("mg", "mg/kg", "mg/m2", "g", "g/m2", "µg", "µg/kg", "AUC", "IU", "IU/kg", "U", "U/kg");

    public static IReadOnlySet<string> FrequencyUnits { get; } = Set("hour", "day", "week", "month");

    public static IReadOnlySet<string> MarkerResults { get; } = Set(
        "positive", "negative", "high", "low", "mutated", "wild-type", "amplified", "rearranged", "intact", "lost", "msi-high", "msi-stable");

    /// <summary>Percentages, mutation burden, and the concentrations and activities of serum tumour markers.</summary>
    public static IReadOnlySet<string> MarkerUnits { get; } = Set(
        "%", "mut/Mb", "ng/mL", "pg/mL", "µg/L", "U/mL", "IU/mL", "U/L", "IU/L", "mIU/mL", "mAU/mL");

    public static IReadOnlySet<string> OutcomeKinds { get; } = Set(
        "complete-response", "partial-response", "stable-disease", "progressive-disease", "tumor-shrinkage", "regression",
        "remission", "recurrence", "progression-free-survival", "overall-survival", "death", "no-evidence-of-disease");

    public static IReadOnlySet<string> OutcomeUnits { get; } = Set("%", "day", "week", "month", "year");

    public static IReadOnlySet<string> Qualifiers { get; } = Set(">", "<", "≥", "≤", "~");

    public static IReadOnlySet<string> DrugClasses { get; } = Set(
        "anti-PD-1 antibody", "anti-PD-L1 antibody", "anti-CTLA-4 antibody", "tyrosine kinase inhibitor", "platinum agent", "taxane",
        "antimetabolite", "anthracycline", "alkylating agent", "topoisomerase inhibitor", "vinca alkaloid", "anti-VEGF antibody",
        "anti-HER2 antibody", "anti-EGFR antibody", "anti-CD20 antibody", "CDK4/6 inhibitor", "PARP inhibitor", "mTOR inhibitor",
        "hormonal therapy", "corticosteroid", "immunosuppressant", "monoclonal antibody", "antibiotic", "antiviral", "antifungal",
        "anticoagulant", "thyroid hormone", "antiemetic", "analgesic", "other");

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
