namespace CaseIngest.Core.Model;

public sealed record RadiotherapyFact
{
    public required string Patient { get; init; }
    public string Status { get; init; } = TreatmentStatus.Given;
    public double? TotalDoseGy { get; init; }
    public int? Fractions { get; init; }
    public double? DosePerFractionGy { get; init; }
    public string? Technique { get; init; }
    public string? Site { get; init; }
    public required Evidence Evidence { get; init; }
}
