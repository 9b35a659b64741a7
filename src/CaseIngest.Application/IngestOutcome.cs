namespace CaseIngest.Application;

/// <summary>The result of ingesting one document: never carries document text.</summary>
public sealed record IngestOutcome(string Id, IngestStatus Status, string? ErrorCode = null, int FactCount = 0);
