namespace CaseIngest.Core.Model;

/// <summary>Contract values for a treatment's status.</summary>
public static class TreatmentStatus
{
    public const string Given = "given";
    public const string Planned = "planned";
    public const string NotGiven = "not-given";
}
