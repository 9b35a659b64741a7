namespace CaseIngest.Storage;

/// <summary>A blob of the ingest container: its name, ETag and size in bytes.</summary>
public sealed record StoredDocument(string Name, string ETag, long Length);
