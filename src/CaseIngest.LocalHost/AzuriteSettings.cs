namespace CaseIngest.LocalHost;

/// <summary>How to start Azurite: the package folder, persistence, and ports (0 picks free ones).</summary>
public sealed record AzuriteSettings
{
    public required string PackageDirectory { get; init; }
    /// <summary>Null for in-memory persistence.</summary>
    public string? DataDirectory { get; init; }
    public int BlobPort { get; init; }
    public int QueuePort { get; init; }
    public int TablePort { get; init; }
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
