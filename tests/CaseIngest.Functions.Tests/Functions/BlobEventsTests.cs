using CaseIngest.Functions.Delete;

namespace CaseIngest.Functions.Tests.Functions;

/// <summary>Storage events as Event Grid writes them to a queue: the Event Grid schema and CloudEvents, read to a container and a blob name.</summary>
public sealed class BlobEventsTests
{
    [Fact]
    public void EventGridBlobDeletedEventNamesTheContainerAndBlobOfItsSubject()
    {
        var read = BlobEvents.Read("""
            {"id": "1", "topic": "/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/a",
             "subject": "/blobServices/default/containers/case-reports/blobs/2024/smith a.txt",
             "eventType": "Microsoft.Storage.BlobDeleted", "eventTime": "2026-01-01T00:00:00Z",
             "data": {"api": "DeleteBlob", "url": "https://a.blob.core.windows.net/case-reports/2024/smith%20a.txt"},
             "dataVersion": "", "metadataVersion": "1"}
            """);

        Assert.Equal(new BlobEvent(BlobEventKind.Deleted, "case-reports", "2024/smith a.txt"), read);
    }

    [Fact]
    public void CloudEventBlobDeletedEventIsReadAlike()
    {
        var read = BlobEvents.Read("""
            {"specversion": "1.0", "type": "Microsoft.Storage.BlobDeleted", "source": "/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/a",
             "id": "1", "subject": "/blobServices/default/containers/case-reports/blobs/report.txt", "data": {"api": "DeleteBlob"}}
            """);

        Assert.Equal(new BlobEvent(BlobEventKind.Deleted, "case-reports", "report.txt"), read);
    }

    [Theory]
    [InlineData("https://a.blob.core.windows.net/case-reports/2024/smith%20a.txt", "case-reports", "2024/smith a.txt")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1/case-reports/dir/a.txt", "case-reports", "dir/a.txt")]
    [InlineData("http://localhost:10000/devstoreaccount1/other/a%23b.txt", "other", "a#b.txt")]
    public void WithoutASubjectTheBlobUrlNamesTheBlob(string url, string container, string name)
    {
        var read = BlobEvents.Read($$$"""{"eventType": "Microsoft.Storage.BlobDeleted", "data": {"url": "{{{url}}}"}}""");

        Assert.Equal(new BlobEvent(BlobEventKind.Deleted, container, name), read);
    }

    [Fact]
    public void ABatchOfOneEventIsThatEvent()
    {
        var read = BlobEvents.Read("""[{"eventType": "Microsoft.Storage.BlobDeleted", "subject": "/blobServices/default/containers/c1/blobs/x.txt"}]""");

        Assert.Equal(new BlobEvent(BlobEventKind.Deleted, "c1", "x.txt"), read);
    }

    [Fact]
    public void AnotherEventTypeIsNotADelete()
    {
        var read = BlobEvents.Read("""{"eventType": "Microsoft.Storage.BlobCreated", "subject": "/blobServices/default/containers/case-reports/blobs/x.txt"}""");

        Assert.Equal(BlobEventKind.OtherType, read.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("42")]
    [InlineData("[]")]
    [InlineData("{\"subject\": \"/blobServices/default/containers/c/blobs/x.txt\"}")]
    [InlineData("{\"eventType\": 7, \"subject\": \"/blobServices/default/containers/c/blobs/x.txt\"}")]
    [InlineData("{\"eventType\": \"Microsoft.Storage.BlobDeleted\"}")]
    [InlineData("{\"eventType\": \"Microsoft.Storage.BlobDeleted\", \"subject\": \"/blobServices/default/containers/c\"}")]
    [InlineData("{\"eventType\": \"Microsoft.Storage.BlobDeleted\", \"data\": {\"url\": \"https://a.blob.core.windows.net/c/\"}}")]
    [InlineData("[{\"eventType\": \"Microsoft.Storage.BlobDeleted\"}, {\"eventType\": \"Microsoft.Storage.BlobDeleted\"}]")]
    public void AMessageThatNamesNoDeletedBlobIsMalformed(string text)
    {
        Assert.Equal(BlobEventKind.Malformed, BlobEvents.Read(text).Kind);
    }
}
