using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.LocalHost;
using CaseIngest.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.LocalHost;

/// <summary>What the local host says while it starts, and how its logs name a blob.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StartupMessageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task StartingItsOwnStorageSaysSoAndWhereItListens()
    {
        _ = azurite.ConnectionString;
        var output = new StringWriter();
        var builder = WebApplication.CreateBuilder(["--CaseIngest:Local:InMemory=true", "--urls", "http://127.0.0.1:0"]);
        builder.Configuration["CaseIngest:StorageConnectionString"] = "";

        await LocalMode.ConfigureAsync(builder, new StartupMessages(output));
        await using (var app = builder.Build())
        {
            // The emulator this start launched is stopped here: the app is never run, so its lifetime service is not either.
            await using var azuriteStarted = app.Services.GetRequiredService<AzuriteProcess>();
            Assert.Contains("BlobEndpoint=http://127.0.0.1:", app.Configuration["CaseIngest:StorageConnectionString"], StringComparison.Ordinal);
            Assert.Contains($"BlobEndpoint=http://127.0.0.1:{azuriteStarted.BlobPort}/", app.Configuration["CaseIngest:StorageConnectionString"], StringComparison.Ordinal);
        }

        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("starting storage (Azurite, in memory: nothing is kept)...", lines[0]);
        Assert.Matches(@"^storage ready \(Azurite: blob \d+, queue \d+, table \d+\)$", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void ListeningNamesEachAddressWithThePagesThere()
    {
        var output = new StringWriter();

        new StartupMessages(output).Listening(["http://127.0.0.1:7071/"]);

        Assert.Equal("listening on http://127.0.0.1:7071 (case browser at /, API page at /api/docs)", output.ToString().Trim());
    }

    [Fact]
    public async Task AnIngestLogsTheBlobNameOnceAndNeverTheText()
    {
        _ = azurite.ConnectionString;
        var logs = new CapturedLogs();
        await using var host = new LocalHostFactory(logs: logs);
        var documents = host.Services.GetRequiredService<DocumentStore>();
        var ingest = host.Services.GetRequiredService<Application.IngestService>();
        var name = TestRecords.Unique("logged") + "/report.txt";
        var empty = TestRecords.Unique("logged") + "/empty.txt";
        await documents.UploadAsync(name, new MemoryStream("A man with sarcoma received pembrolizumab SECRETWORD."u8.ToArray()));
        await documents.UploadAsync(empty, new MemoryStream([]));

        await ingest.IngestBlobAsync(name);
        await ingest.IngestBlobAsync(empty);

        Assert.Single(logs.Entries, e => e.Contains(name, StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Contains($"Ingested record {RecordIds.FromName(name)} from blob {name}: Created", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Contains($"Rejected document {empty} (record {RecordIds.FromName(empty)}): empty", StringComparison.Ordinal));
        Assert.DoesNotContain("SECRETWORD", logs.All, StringComparison.Ordinal);
    }
}
