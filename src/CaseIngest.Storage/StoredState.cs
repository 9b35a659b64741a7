namespace CaseIngest.Storage;

/// <summary>
/// What is stored for a document name: enough to tell whether new bytes need extraction again. <see cref="Ungrouped"/>:
/// the record is stored but its grouping after the save failed for good, so it is to be saved again.
/// </summary>
public sealed record StoredState(string Sha256, string ExtractorVersion, string? BlobETag, bool Rejected, bool Ungrouped = false);
