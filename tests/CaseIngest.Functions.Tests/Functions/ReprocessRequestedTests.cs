extern alias cli;

using System.Text;
using Azure.Storage.Queues;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.LocalHost;
using CaseIngest.Storage;
using cli::CaseIngest.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Functions;

/// <summary>The queue trigger called as the worker calls it: the text of a message <c>caseingest reprocess</c> queued in, the document extracted again.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReprocessRequestedTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task QueuedDocumentIsExtractedAgainByTheQueueFunction()
    {
        var queueName = TestRecords.Unique("rqf").ToLowerInvariant();
        var settings = new Dictionary<string, string?> { ["CaseIngest:ReprocessQueueName"] = queueName };
        var storage = CliStorage.Create(azurite.ConnectionString, settings);
        var prefix = TestRecords.Unique("requeue-fn") + "/";
        var name = prefix + "drug.txt";
        await storage.Documents.UploadAsync(name, new MemoryStream(Encoding.UTF8.GetBytes("A man with sarcoma received pembrolizumab.")));
        _ = await storage.Ingest(new CaseEngine(pipeline: new Core.Extraction.ExtractionPipeline([]))).IngestBlobAsync(name);
        Assert.Empty((await storage.Store.GetAsync(RecordIds.FromName(name)))!.Drugs);
        await ReprocessCommand.EnqueueAsync(storage, prefix, TextWriter.Null, CancellationToken.None);
        await using var app = new FunctionApp(settings);

        // The host decodes the base64 message and passes its text.
        var queue = new QueueClient(azurite.ConnectionString, queueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var message = Assert.Single((await queue.ReceiveMessagesAsync(32)).Value);
        await app.DequeueAsync(message.Body.ToString());

        Assert.Equal("pembrolizumab", Assert.Single((await app.Services.GetRequiredService<CaseStore>().GetAsync(RecordIds.FromName(name)))!.Drugs).Name);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"name\": \"\"}")]
    public async Task MessageThatNamesNoDocumentIsLoggedAndDropped(string text)
    {
        _ = azurite.ConnectionString;
        var logs = new CapturedLogs();
        await using var app = new FunctionApp(logs: logs);

        await app.DequeueAsync(text);

        Assert.Contains(logs.Entries, e => e.Contains("reprocess message could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageForADeletedDocumentSucceedsWithoutARecord()
    {
        _ = azurite.ConnectionString;
        await using var app = new FunctionApp();
        var name = TestRecords.Unique("requeue-gone") + "/gone.txt";

        await app.DequeueAsync(ReprocessQueue.Serialize(new ReprocessMessage(name)));

        Assert.Null(await app.Services.GetRequiredService<CaseStore>().GetStateAsync(RecordIds.FromName(name)));
    }

    [Fact]
    public async Task StorageFailureThrowsSoTheHostRetriesTheMessage()
    {
        _ = azurite.ConnectionString;
        await using var broken = new FunctionApp(new Dictionary<string, string?>
        {
            ["CaseIngest:StorageConnectionString"] = AzuriteConnection.For(1, 1, 1),
            ["CaseIngest:StorageMaxRetries"] = "0",
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => broken.DequeueAsync(ReprocessQueue.Serialize(new ReprocessMessage("any.txt"))));

        Assert.True(error is Azure.RequestFailedException or AggregateException, error.GetType().Name);
    }
}
