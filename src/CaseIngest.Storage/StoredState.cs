using Azure.Data.Tables;

namespace CaseIngest.Storage;

/// <summary>
/// What is stored for a document name: enough to tell whether new bytes need extraction again. <see cref="Ungrouped"/>:
/// the record is stored but its grouping after the save failed for good, so it is to be saved again.
/// </summary>
public sealed record StoredState(string Sha256, string ExtractorVersion, string? BlobETag, bool Rejected, bool Ungrouped = false)
{
    /// <summary>
    /// The case row as the state read found it, with the columns a save compares against (null when there was none),
    /// so a save that follows the state read need not read it again.
    /// </summary>
    internal TableEntity? CaseRow { get; init; }
}
