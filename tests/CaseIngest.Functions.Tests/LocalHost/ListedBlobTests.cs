using CaseIngest.LocalHost;
using CaseIngest.Storage;

namespace CaseIngest.Functions.Tests.LocalHost;

/// <summary>What the container watcher queues for a listed blob, and whether its bytes are read together with its state.</summary>
public sealed class ListedBlobTests
{
    private static readonly StoredDocument Blob = new("case-reports/2024/report.txt", "0x8DD0000000000B2", 2048);

    [Fact]
    public void ABlobTheWatcherHasNotSeenIsReadAheadOnAnOrdinaryListing()
    {
        var listed = ListedBlob.For(Blob, seenETag: null, reconcile: false);

        Assert.True(listed?.ReadAhead);
    }

    [Fact]
    public void ABlobWhoseETagChangedIsReadAheadOnAnyListing()
    {
        Assert.True(ListedBlob.For(Blob, seenETag: "0x8DD0000000000A1", reconcile: false)?.ReadAhead);
        Assert.True(ListedBlob.For(Blob, seenETag: "0x8DD0000000000A1", reconcile: true)?.ReadAhead);
    }

    [Fact]
    public void AnUnchangedBlobIsQueuedOnlyByAReconcileAndThenWithoutReadingAhead()
    {
        Assert.Null(ListedBlob.For(Blob, seenETag: Blob.ETag, reconcile: false));
        Assert.False(ListedBlob.For(Blob, seenETag: Blob.ETag, reconcile: true)?.ReadAhead);
    }

    [Fact]
    public void AReconcileDoesNotReadAheadTheBlobsItHasNeverSeen()
    {
        // The first listing at start is a reconcile over blobs that mostly have current records.
        Assert.False(ListedBlob.For(Blob, seenETag: null, reconcile: true)?.ReadAhead);
    }
}
