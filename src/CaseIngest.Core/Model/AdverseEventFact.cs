using System.Text.Json.Serialization;

namespace CaseIngest.Core.Model;

public sealed record AdverseEventFact
{
    public required string Patient { get; init; }
    public required string Term { get; init; }
    /// <summary>CTCAE grade 1-5 when stated.</summary>
    public int? Grade { get; init; }
    /// <summary>The CTCAE v5.0 term the event maps to, when one fits (schema version 2).</summary>
    public string? CtcaeTerm { get; init; }
    /// <summary>The MedDRA lowest-level-term code of <see cref="CtcaeTerm"/> (schema version 2).</summary>
    public string? MeddraCode { get; init; }
    /// <summary>Generic names of the treatments the text attributes the event to; empty when none is named (schema version 2).</summary>
    public IReadOnlyList<string> Therapy { get => _therapy; init => _therapy = value ?? []; }
    /// <summary>Which reader found the fact (<see cref="FactSource"/>); absent for the rules' facts.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }
    /// <summary>Vocabulary concepts a second reader linked the fact to; absent when no second reader ran.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<VocabularyLink>? Links { get; init; }
    public required Evidence Evidence { get; init; }

    // A version-1 record has no therapy list: reading one leaves the list empty, never null.
    private readonly IReadOnlyList<string> _therapy = [];
}
