namespace CaseIngest.Functions.Delete;

/// <summary>What one blob-deleted message did.</summary>
internal enum DeleteOutcome
{
    /// <summary>The document's record (or rejection) was deleted; its article lost the source.</summary>
    Deleted,

    /// <summary>Nothing was stored for the blob (already deleted, or never ingested).</summary>
    NothingStored,

    /// <summary>The blob exists again (uploaded anew after the delete): its document is kept.</summary>
    BlobExists,

    /// <summary>Another event type or another container.</summary>
    Ignored,

    /// <summary>The message is not a storage event; it was logged and dropped.</summary>
    Malformed,
}
