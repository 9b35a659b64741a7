namespace CaseIngest.Core.Extraction.Markers;

/// <summary>What a marker's words say about it; written in the record as the contract's result words (<see cref="MarkerResults"/>).</summary>
public enum MarkerResult
{
    Positive,
    Negative,
    High,
    Low,
    Mutated,
    WildType,
    Amplified,
    Rearranged,
    Intact,
    Lost,
    MsiHigh,
    MsiStable,
    /// <summary>A level within normal limits ("CEA within normal limits"): read by kind, never written as such.</summary>
    Normal,
}
