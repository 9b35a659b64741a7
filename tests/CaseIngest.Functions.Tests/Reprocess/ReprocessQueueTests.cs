extern alias cli;

using System.Text;
using Azure.Storage.Queues;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using cli::CaseIngest.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Reprocess;

/// <summary>Reprocessing fans out as one queue message per document; the local host's queue reader extracts each again.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReprocessQueueTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ReprocessEnqueuesOneMessagePerDocumentUnderThePrefix()
    {
        var queueName = TestRecords.Unique("rq").ToLowerInvariant().Replace('_', '-');
        var storage = CliStorage.Create(azurite.ConnectionString, new Dictionary<string, string?> { ["CaseIngest:ReprocessQueueName"] = queueName });
        var prefix = TestRecords.Unique("fanout") + "/";
        foreach (var name in new[] { "a.txt", "b/c.txt", "d.txt" })
        {
            await storage.Documents.UploadAsync(prefix + name, new MemoryStream(Encoding.UTF8.GetBytes("A woman with melanoma.")));
        }

        await storage.Documents.UploadAsync(TestRecords.Unique("elsewhere") + ".txt", new MemoryStream("Not under the prefix."u8.ToArray()));
        var error = new StringWriter();

        var exit = await ReprocessCommand.EnqueueAsync(storage, prefix, error, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("3 document(s) queued", error.ToString(), StringComparison.Ordinal);
        var queue = new QueueClient(azurite.ConnectionString, queueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var messages = (await queue.ReceiveMessagesAsync(32)).Value;
        var names = messages.Select(m => ReprocessQueue.Parse(m.Body.ToString())!.Name).Order(StringComparer.Ordinal);
        Assert.Equal([prefix + "a.txt", prefix + "b/c.txt", prefix + "d.txt"], names);
    }

    [Fact]
    public async Task TheLocalHostExtractsEveryQueuedDocumentAgainAndEmptiesTheQueue()
    {
        var queueName = TestRecords.Unique("rq").ToLowerInvariant().Replace('_', '-');
        var settings = new Dictionary<string, string?> { ["CaseIngest:ReprocessQueueName"] = queueName };
        var storage = CliStorage.Create(azurite.ConnectionString, settings);
        var prefix = TestRecords.Unique("requeue") + "/";
        var name = prefix + "drug.txt";
        await storage.Documents.UploadAsync(name, new MemoryStream(Encoding.UTF8.GetBytes("A man with sarcoma received pembrolizumab.")));
        var withoutSteps = new CaseEngine(pipeline: new Core.Extraction.ExtractionPipeline([]));
        _ = await storage.Ingest(withoutSteps).IngestBlobAsync(name);
        Assert.Empty((await storage.Store.GetAsync(RecordIds.FromName(name)))!.Drugs);
        await ReprocessCommand.EnqueueAsync(storage, prefix, TextWriter.Null, CancellationToken.None);

        await using var host = new LocalHostFactory(new Dictionary<string, string?>(settings)
        {
            ["CaseIngest:Local:Watch"] = "true",
            ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
            ["CaseIngest:Local:DropDirectory"] = Path.Combine(Path.GetTempPath(), TestRecords.Unique("drop")),
        });
        var store = host.Services.GetRequiredService<CaseStore>();

        await ApiJson.WaitUntilAsync(async () => (await store.GetAsync(RecordIds.FromName(name)))?.Drugs.Count > 0, 30);
        Assert.Equal("pembrolizumab", Assert.Single((await store.GetAsync(RecordIds.FromName(name)))!.Drugs).Name);
        var queue = new QueueClient(azurite.ConnectionString, queueName);
        await ApiJson.WaitUntilAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, 10);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"name\": \"\"}")]
    [InlineData("{\"other\": 1}")]
    public void MessagesThatNameNoDocumentAreNotReprocessMessages(string text)
    {
        Assert.Null(ReprocessQueue.Parse(text));
    }

    [Fact]
    public void AMessageRoundTripsTheDocumentName()
    {
        var message = new ReprocessMessage("2024/smith #2.txt");

        Assert.Equal(message, ReprocessQueue.Parse(ReprocessQueue.Serialize(message)));
    }
}
