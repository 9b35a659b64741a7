namespace CaseIngest.Core.Model;

public sealed record AdverseEventFact
{
    public required string Patient { get; init; }
    public required string Term { get; init; }
    /// <summary>CTCAE grade 1-5 when stated.</summary>
    public int? Grade { get; init; }
    public required Evidence Evidence { get; init; }
}
