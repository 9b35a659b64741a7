using CaseIngest.Storage;

namespace CaseIngest.LocalHost;

/// <summary>
/// A blob a listing queued for the watcher's workers, and whether its bytes are read together with its stored state
/// (<see cref="ReadAhead"/>: the listing saw it appear or change) or only once the state shows they are needed.
/// </summary>
internal readonly record struct ListedBlob(StoredDocument Blob, bool ReadAhead)
{
    /// <summary>
    /// What a listing queues for <paramref name="blob"/>, given the ETag the watcher last ingested under its name (null
    /// when never) and whether the listing is a reconcile; null when there is nothing to do. A blob that is new or
    /// changed since the watcher last saw it is read ahead. A reconcile also queues the blobs it has seen unchanged,
    /// to check them against their records, and reads their state first, so a current blob is not downloaded; the
    /// blobs it has never seen (at start, every blob) are mostly current too, so they are not read ahead either.
    /// </summary>
    public static ListedBlob? For(StoredDocument blob, string? seenETag, bool reconcile)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var changed = seenETag != blob.ETag;
        if (!changed && !reconcile)
        {
            return null;
        }

        return new ListedBlob(blob, ReadAhead: changed && (!reconcile || seenETag is not null));
    }
}
