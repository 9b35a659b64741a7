using System.Text.Json.Serialization;

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
    /// <summary>Which reader found the fact (<see cref="FactSource"/>); absent for the rules' facts.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }
    /// <summary>Vocabulary concepts a second reader linked the fact to; absent when no second reader ran.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<VocabularyLink>? Links { get; init; }
    public required Evidence Evidence { get; init; }
}
