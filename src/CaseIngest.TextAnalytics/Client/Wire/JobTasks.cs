namespace CaseIngest.TextAnalytics.Client.Wire;

internal sealed record JobTasks
{
    public int Completed { get; init; }
    public int Failed { get; init; }
    public int InProgress { get; init; }
    public int Total { get; init; }
    public IReadOnlyList<JobTaskItem> Items { get => _items; init => _items = value ?? []; }

    // A list the answer writes as null reads as empty.
    private readonly IReadOnlyList<JobTaskItem> _items = [];
}
