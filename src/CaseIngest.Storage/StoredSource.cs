namespace CaseIngest.Storage;

/// <summary>A document stored from a blob of a container: its record id and the blob name it was read from.</summary>
public sealed record StoredSource(string Id, string Name);
