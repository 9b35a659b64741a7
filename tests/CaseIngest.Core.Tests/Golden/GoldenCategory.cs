namespace CaseIngest.Core.Tests.Golden;

/// <summary>The categories a golden record is scored in, each a set of normalised fact keys.</summary>
public static class GoldenCategory
{
    public const string Article = "article";
    public const string Patients = "patients";
    public const string Diagnoses = "diagnoses";
    public const string Drugs = "drugs";
    public const string Doses = "doses";
    public const string Regimen = "regimen";
    public const string Radiotherapy = "radiotherapy";
    public const string Markers = "markers";
    public const string Outcomes = "outcomes";
    public const string AdverseEvents = "adverseEvents";

    public static IReadOnlyList<string> All { get; } =
        [Article, Patients, Diagnoses, Drugs, Doses, Regimen, Radiotherapy, Markers, Outcomes, AdverseEvents];
}
