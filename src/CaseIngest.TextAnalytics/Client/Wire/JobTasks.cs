namespace CaseIngest.TextAnalytics.Client.Wire;

internal sealed record JobTasks
{
    public int Completed { get; init; }
    public int Failed { get; init; }
    public int InProgress { get; init; }
    public int Total { get; init; }
    public IReadOnlyList<JobTaskItem> Items { get; init; } = [];
}
