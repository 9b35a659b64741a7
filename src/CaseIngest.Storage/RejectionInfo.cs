namespace CaseIngest.Storage;

/// <summary>A document that could not be read, as stored.</summary>
public sealed record RejectionInfo(string Id, string Name, string Code, string Message, string Sha256, DateTimeOffset RejectedAt);
