using System.Text.Json.Serialization;

namespace CaseIngest.Core.Model;

/// <summary>The record one document becomes (shared contract: case-record.md).</summary>
public sealed record CaseRecord
{
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The contract version this engine writes. Version 2 only adds fields, so version-1 records read as they are.</summary>
    public const string CurrentSchemaVersion = "2";

    public required string ExtractorVersion { get; init; }
    public required string Id { get; init; }
    public required DocumentInfo Document { get; init; }
    public ArticleInfo Article { get; init; } = new();
    public IReadOnlyList<Patient> Patients { get; init; } = [];
    public IReadOnlyList<Diagnosis> Diagnoses { get; init; } = [];
    public IReadOnlyList<DrugFact> Drugs { get; init; } = [];
    public IReadOnlyList<RadiotherapyFact> Radiotherapy { get; init; } = [];
    public IReadOnlyList<MarkerFact> Markers { get; init; } = [];
    public IReadOnlyList<OutcomeFact> Outcomes { get; init; } = [];
    public IReadOnlyList<AdverseEventFact> AdverseEvents { get; init; } = [];
    /// <summary>The optional second reader's per-category comparison with the rules; absent when it is off.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReaderComparison? ReaderComparison { get; init; }
}
