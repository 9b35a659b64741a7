namespace CaseIngest.Core.Model;

public sealed record DrugFact
{
    public required string Patient { get; init; }
    /// <summary>Generic (INN) name, lower case.</summary>
    public required string Name { get; init; }
    /// <summary>The words as written.</summary>
    public required string Mention { get; init; }
    public string? DrugClass { get; init; }
    public string Status { get; init; } = TreatmentStatus.Given;
    public Dose? Dose { get; init; }
    public string? Route { get; init; }
    public Frequency? Frequency { get; init; }
    public int? Cycles { get; init; }
    public required Evidence Evidence { get; init; }
}
