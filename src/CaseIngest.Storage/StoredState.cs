namespace CaseIngest.Storage;

/// <summary>What is stored for a document name: enough to tell whether new bytes need extraction again.</summary>
public sealed record StoredState(string Sha256, string ExtractorVersion, string? BlobETag, bool Rejected);
