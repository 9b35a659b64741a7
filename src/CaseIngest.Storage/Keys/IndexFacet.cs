namespace CaseIngest.Storage.Keys;

/// <summary>The facets the index holds: one CaseIndex partition per facet value.</summary>
public static class IndexFacet
{
    public const string Drug = "drug";
    public const string Marker = "marker";
    public const string Outcome = "outcome";
    public const string Diagnosis = "diagnosis";
    public const string Doi = "doi";
    public const string Pmid = "pmid";
    public const string Pmcid = "pmcid";
    /// <summary>Any treatment (drug or radiotherapy) with this status.</summary>
    public const string Status = "status";
    /// <summary>A drug with a given status: value <c>pembrolizumab|not-given</c>.</summary>
    public const string DrugStatus = "drug-status";

    /// <summary>An adverse event by its term and, when it maps to one, its CTCAE term.</summary>
    public const string AdverseEvent = "ae";
    /// <summary>An adverse event's CTCAE grade: value <c>3</c>.</summary>
    public const string AdverseEventGrade = "ae-grade";
    /// <summary>An adverse event with its grade: value <c>pneumonitis|3</c>.</summary>
    public const string AdverseEventTermGrade = "ae-term-grade";
    public const string Year = "year";
    public const string Sex = "sex";
    /// <summary>A patient's age in whole years, three digits: value <c>067</c>.</summary>
    public const string Age = "age";
    /// <summary>A diagnosis's OncoTree code and every code above it: value <c>mfh</c>, <c>soft_tissue</c>.</summary>
    public const string OncoTree = "oncotree";
    /// <summary>A marker with its result: value <c>pd-l1|positive</c>.</summary>
    public const string MarkerResult = "marker-result";
    /// <summary>A marker with its value, in a form that sorts by number: value <c>pd-l1|000000080.000</c>.</summary>
    public const string MarkerValue = "marker-value";
    /// <summary>Every article, in one partition: the unfiltered list.</summary>
    public const string All = "all";

    /// <summary>The facets <c>GET /api/facets/{facet}</c> lists.</summary>
    public static IReadOnlyList<string> Listable { get; } = [Drug, Marker, Outcome, Diagnosis, Status, AdverseEvent, Year, Sex];

    public static bool IsListable(string facet) => Listable.Contains(facet, StringComparer.Ordinal);
}
