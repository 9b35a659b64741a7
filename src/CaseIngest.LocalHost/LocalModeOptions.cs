using System.ComponentModel.DataAnnotations;

namespace CaseIngest.LocalHost;

/// <summary>Settings of section <c>CaseIngest:Local</c>: the mode used when the app runs without the Functions host.</summary>
public sealed class LocalModeOptions
{
    public const string Section = "CaseIngest:Local";

    /// <summary>Start Azurite when no storage is configured. Ignored under the Functions host.</summary>
    public bool StartAzurite { get; set; } = true;

    /// <summary>Start Azurite with in-memory persistence: a clean start, nothing kept (<c>--in-memory</c>).</summary>
    public bool InMemory { get; set; }

    /// <summary>Where Azurite keeps its data between runs, relative to the repository root.</summary>
    [Required]
    public string DataDirectory { get; set; } = ".azurite";

    /// <summary>The project folder holding the pinned Azurite package, relative to the repository root.</summary>
    [Required]
    public string AzuriteDirectory { get; set; } = "tools/azurite";

    [Range(0, 65535)]
    public int BlobPort { get; set; } = 10000;

    [Range(0, 65535)]
    public int QueuePort { get; set; } = 10001;

    [Range(0, 65535)]
    public int TablePort { get; set; } = 10002;

    /// <summary>Watch the container and the drop folder, ingesting what arrives.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Files copied here (relative to the repository root) are uploaded and ingested.</summary>
    [Required]
    public string DropDirectory { get; set; } = "drop";

    [Range(100, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 500;

    /// <summary>
    /// Longest pause between listings of the container when nothing signals changes (an emulator started by hand, an
    /// in-memory one, or a storage account): the sweep slows from PollIntervalMilliseconds to this while nothing changes.
    /// </summary>
    [Range(1, 3600)]
    public int SweepIntervalSeconds { get; set; } = 10;

    /// <summary>How often every blob is checked against its record (also done at start and after storage comes back).</summary>
    [Range(10, 86_400)]
    public int ReconcileIntervalSeconds { get; set; } = 300;

    /// <summary>How long <c>/api/health</c> waits for storage before it answers 503.</summary>
    [Range(100, 30_000)]
    public int HealthTimeoutMilliseconds { get; set; } = 2000;

    /// <summary>Documents ingested at once by the watchers.</summary>
    [Range(1, 64)]
    public int IngestConcurrency { get; set; } = 4;
}
