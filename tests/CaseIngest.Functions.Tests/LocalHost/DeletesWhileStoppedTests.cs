using System.Text;
using System.Text.RegularExpressions;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.LocalHost;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.LocalHost;

/// <summary>Blobs deleted while the local host was stopped: at start its documents leave the store, and only those.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeletesWhileStoppedTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ADocumentWhoseBlobWentWhileTheHostWasStoppedIsDeletedAtStart()
    {
        _ = azurite.ConnectionString;
        var folder = TestRecords.Unique("stopped");
        var gone = folder + "/gone.txt";
        var kept = folder + "/kept.txt";
        var notFromABlob = folder + "/bytes.txt";
        var otherContainer = TestRecords.Unique("other").ToLowerInvariant();
        string goneArticle;
        await using (var app = new FunctionApp())
        {
            goneArticle = await IngestAsync(app, gone, "pembrolizumab");
            _ = await IngestAsync(app, kept, "nivolumab");
            _ = await app.Services.GetRequiredService<IngestService>().IngestAsync(notFromABlob, Encoding.UTF8.GetBytes("A man with sarcoma received ipilimumab. " + folder), null);
            Assert.True(await app.Services.GetRequiredService<DocumentStore>().DeleteAsync(gone));
        }

        // A document of another container whose blob is gone too belongs to that container's mirror, not this one's.
        var elsewhere = folder + "/elsewhere.txt";
        await using (var other = new FunctionApp(new Dictionary<string, string?> { ["CaseIngest:ContainerName"] = otherContainer }))
        {
            _ = await IngestAsync(other, elsewhere, "cisplatin");
            Assert.True(await other.Services.GetRequiredService<DocumentStore>().DeleteAsync(elsewhere));
        }

        await using var host = new LocalHostFactory(new Dictionary<string, string?>
        {
            ["CaseIngest:Local:Watch"] = "true",
            ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
            ["CaseIngest:Local:DropDirectory"] = Path.Combine(Path.GetTempPath(), TestRecords.Unique("drop-unused")),
        });
        var store = host.Services.GetRequiredService<CaseStore>();

        await ApiJson.WaitUntilAsync(async () => await store.GetStateAsync(RecordIds.FromName(gone)) is null, 60);

        Assert.Empty(await store.GetSourcesAsync(goneArticle));
        Assert.NotNull(await store.GetSummaryAsync(RecordIds.FromName(kept)));
        Assert.NotNull(await store.GetSummaryAsync(RecordIds.FromName(notFromABlob)));
        Assert.NotNull(await store.GetSummaryAsync(RecordIds.FromName(elsewhere)));
    }

    [Fact]
    public async Task ABlobThatExistsAgainWhenTheSweepLooksKeepsItsDocument()
    {
        _ = azurite.ConnectionString;
        var name = TestRecords.Unique("stopped-back") + ".txt";
        await using var host = new LocalHostFactory();
        var sweep = host.Services.GetRequiredService<MissingBlobSweep>();
        await IngestAsync(host.Services, name, "nivolumab");

        // A listing taken just before the upload names every blob but this one; the sweep reads the blob itself before deleting.
        var listed = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in host.Services.GetRequiredService<DocumentStore>().ListAsync())
        {
            listed.Add(blob.Name);
        }

        listed.Remove(name);
        await sweep.DeleteMissingAsync(listed);

        Assert.NotNull(await host.Services.GetRequiredService<CaseStore>().GetSummaryAsync(RecordIds.FromName(name)));
    }

    [Fact]
    public async Task ABlobArrivingWhileTheStartSweepDeletesIsIngestedWithoutWaitingForTheSweep()
    {
        _ = azurite.ConnectionString;
        var container = TestRecords.Unique("sweeping").ToLowerInvariant();
        var folder = TestRecords.Unique("swept");
        var gone = Enumerable.Range(0, 300).Select(i => $"{folder}/{i:D3}.txt").ToList();
        await using (var app = new FunctionApp(new Dictionary<string, string?> { ["CaseIngest:ContainerName"] = container }))
        {
            // Records made from blobs of this container that are no longer there, as after deletes while the host was stopped.
            var ingest = app.Services.GetRequiredService<IngestService>();
            await Parallel.ForEachAsync(gone, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (name, token) =>
                _ = await ingest.IngestAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab. " + name), "\"0x8D1\"", cancellationToken: token));
        }

        var logs = new CapturedLogs();
        await using var host = new LocalHostFactory(
            new Dictionary<string, string?>
            {
                ["CaseIngest:ContainerName"] = container,
                ["CaseIngest:Local:Watch"] = "true",
                ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
                ["CaseIngest:Local:DropDirectory"] = Path.Combine(Path.GetTempPath(), TestRecords.Unique("drop-unused")),
                ["Logging:LogLevel:CaseIngest"] = "Debug",
            },
            logs: logs);
        var store = host.Services.GetRequiredService<CaseStore>();

        // The first listing is taken: the sweep after it has every one of those records to delete.
        await ApiJson.WaitUntilAsync(() => Task.FromResult(logs.Entries.Any(e => e.Contains("Listed the container", StringComparison.Ordinal))), 60);
        var arriving = folder + "/arriving.txt";
        await host.Services.GetRequiredService<DocumentStore>().UploadAsync(arriving, new MemoryStream(Encoding.UTF8.GetBytes("A woman with sarcoma received pembrolizumab.")));
        host.Services.GetRequiredService<ContainerChanges>().Changed();
        await ApiJson.WaitUntilAsync(async () => await store.GetSummaryAsync(RecordIds.FromName(arriving)) is not null, 60);

        Assert.Contains(await SourcesAsync(store, container), gone.Contains);
        await ApiJson.WaitUntilAsync(async () => (await SourcesAsync(store, container)).SequenceEqual([arriving]), 120);
    }

    [Fact]
    public async Task AListingThatFailsDeletesNothing()
    {
        var name = TestRecords.Unique("stopped-unlisted") + ".txt";
        await using (var app = new FunctionApp())
        {
            _ = await IngestAsync(app, name, "pembrolizumab");
            Assert.True(await app.Services.GetRequiredService<DocumentStore>().DeleteAsync(name));
        }

        // Tables answer, the blob service does not: the container cannot be listed.
        var logs = new CapturedLogs();
        await using var host = new LocalHostFactory(
            new Dictionary<string, string?>
            {
                ["CaseIngest:StorageConnectionString"] = AzuriteConnection.For(1, Port(azurite.ConnectionString, "Queue"), Port(azurite.ConnectionString, "Table")),
                ["CaseIngest:StorageMaxRetries"] = "0",
                ["CaseIngest:Local:Watch"] = "true",
                ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
                ["CaseIngest:Local:DropDirectory"] = Path.Combine(Path.GetTempPath(), TestRecords.Unique("drop-unused")),
            },
            logs: logs);
        var store = host.Services.GetRequiredService<CaseStore>();

        await ApiJson.WaitUntilAsync(() => Task.FromResult(logs.Entries.Any(e => e.Contains("while listing the container", StringComparison.Ordinal))), 60);

        Assert.NotNull(await store.GetSummaryAsync(RecordIds.FromName(name)));
    }

    private static Task<string> IngestAsync(FunctionApp app, string name, string drug) => IngestAsync(app.Services, name, drug);

    /// <summary>Uploads a document to the app's container and ingests it from its blob; returns its article id.</summary>
    private static async Task<string> IngestAsync(IServiceProvider services, string name, string drug)
    {
        await services.GetRequiredService<DocumentStore>().UploadAsync(name, new MemoryStream(Encoding.UTF8.GetBytes($"A man with sarcoma received {drug}. {name}")));
        Assert.NotNull(await services.GetRequiredService<IngestService>().IngestBlobAsync(name));
        var summary = await services.GetRequiredService<CaseStore>().GetSummaryAsync(RecordIds.FromName(name));
        Assert.NotNull(summary);
        return summary.ArticleId!;
    }

    /// <summary>The names of the documents stored from the container's blobs.</summary>
    private static async Task<List<string>> SourcesAsync(CaseStore store, string container)
    {
        var names = new List<string>();
        await foreach (var source in store.ListSourcesAsync(container))
        {
            names.Add(source.Name);
        }

        return names;
    }

    private static int Port(string connectionString, string service) =>
        int.Parse(Regex.Match(connectionString, service + @"Endpoint=http://127\.0\.0\.1:(\d+)/").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
