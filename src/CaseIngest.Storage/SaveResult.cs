namespace CaseIngest.Storage;

/// <summary>
/// What a save did: whether the stored record JSON changed, and how many stale rows were removed. <see cref="Grouping"/>:
/// the grouping check still to run after the case row, when the save was asked to leave it to the caller; null when
/// the save ran it.
/// </summary>
public sealed record SaveResult(bool Created, bool Changed, int StaleFactsRemoved, int StaleIndexRowsRemoved)
{
    public Func<CancellationToken, Task>? Grouping { get; init; }
}
