namespace CaseIngest.Storage;

/// <summary>What a save did: whether the stored record JSON changed, and how many stale rows were removed.</summary>
public sealed record SaveResult(bool Created, bool Changed, int StaleFactsRemoved, int StaleIndexRowsRemoved);
