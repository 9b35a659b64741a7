namespace CaseIngest.Functions.Tests.Reliability;

/// <summary>
/// Sizes of the load and fault runs: small by default so <c>dotnet test</c> stays quick, the full sizes of the
/// reliability figures when <c>CASEINGEST_FULL_RELIABILITY=1</c>.
/// </summary>
internal static class ReliabilityScale
{
    public static bool Full { get; } = Environment.GetEnvironmentVariable("CASEINGEST_FULL_RELIABILITY") is "1" or "true";

    /// <summary>Blobs being ingested while storage is stopped and started again.</summary>
    public static int FaultBlobs => Full ? 500 : 100;

    /// <summary>Blobs dropped at once.</summary>
    public static int BurstBlobs => Full ? 2000 : 300;

    /// <summary>How long a run may take before it counts as stuck.</summary>
    public static TimeSpan Patience => Full ? TimeSpan.FromMinutes(10) : TimeSpan.FromMinutes(3);
}
