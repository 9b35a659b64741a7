namespace CaseIngest.Benchmarks;

/// <summary>What a <see cref="ThroughputColumn"/> shows.</summary>
public enum ThroughputKind
{
    MegabytesPerSecond,
    DocumentsPerSecond,
    AllocatedPerInputByte,
}
