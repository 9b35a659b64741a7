using System.Text.Json.Serialization;

namespace CaseIngest.Core.Model;

public sealed record MarkerFact
{
    public required string Patient { get; init; }
    /// <summary>As commonly written: PD-L1, TMB, MSI, MMR, KRAS, EGFR, ALK, BRAF, HER2, MLH1, S100 …</summary>
    public required string Name { get; init; }
    /// <summary>HGNC symbol where the marker is a gene product.</summary>
    public string? Gene { get; init; }
    public string? Variant { get; init; }
    public double? Value { get; init; }
    public string? Unit { get; init; }
    /// <summary>TPS | CPS | IHC | NGS | FISH | PCR | …</summary>
    public string? Method { get; init; }
    /// <summary>positive | negative | high | low | mutated | wild-type | amplified | rearranged | intact | lost | msi-high | msi-stable</summary>
    public string? Result { get; init; }
    /// <summary>Which reader found the fact (<see cref="FactSource"/>); absent for the rules' facts.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }
    /// <summary>Vocabulary concepts a second reader linked the fact to; absent when no second reader ran.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<VocabularyLink>? Links { get; init; }
    public required Evidence Evidence { get; init; }
}
