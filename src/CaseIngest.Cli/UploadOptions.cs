namespace CaseIngest.Cli;

/// <summary>How <c>upload</c> runs: whether it waits for outcomes, how long, and whether its error stream is a terminal.</summary>
internal sealed record UploadOptions
{
    public bool Wait { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);
    public TimeSpan Poll { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>True on a terminal: the progress bar redraws one line; false when redirected: plain lines.</summary>
    public bool Interactive { get; init; }
}
