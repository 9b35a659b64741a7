namespace CaseIngest.TextAnalytics.Client.Wire;

/// <summary>The answer of <c>GET {endpoint}/language/analyze-text/jobs/{jobId}</c>.</summary>
internal sealed record JobState
{
    /// <summary>notStarted | running | succeeded | partiallyCompleted | failed | cancelled | cancelling</summary>
    public string? Status { get; init; }
    public IReadOnlyList<ServiceMessage> Errors { get => _errors; init => _errors = value ?? []; }
    public JobTasks? Tasks { get; init; }
    public string? NextLink { get; init; }
    public DateTimeOffset? ExpirationDateTime { get; init; }

    // A list the answer writes as null reads as empty.
    private readonly IReadOnlyList<ServiceMessage> _errors = [];
}
