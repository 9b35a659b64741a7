namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>The categories the MACCROBAT evaluation scores: those of the golden records that MACCROBAT's annotations can judge.</summary>
internal static class MaccrobatCategory
{
    public const string Patients = "patients";
    public const string Diagnoses = "diagnoses";
    public const string Drugs = "drugs";
    public const string Doses = "doses";
    public const string Regimen = "regimen";
    public const string Markers = "markers";
    public const string Outcomes = "outcomes";
    public const string AdverseEvents = "adverseEvents";

    public static IReadOnlyList<string> All { get; } = [Patients, Diagnoses, Drugs, Doses, Regimen, Markers, Outcomes, AdverseEvents];

    /// <summary>The key that agrees with any key of the engine's fact: only the span is compared.</summary>
    public const string AnyKey = "-";
}

