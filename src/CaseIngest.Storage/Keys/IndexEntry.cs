namespace CaseIngest.Storage.Keys;

/// <summary>One CaseIndex row of a record: the partition it goes in and the normalised value it stands for.</summary>
public sealed record IndexEntry(string PartitionKey, string Facet, string Value);
