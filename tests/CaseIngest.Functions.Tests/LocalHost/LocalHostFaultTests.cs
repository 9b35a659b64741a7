using System.Text;
using Azure.Storage.Blobs;
using CaseIngest.Core;
using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.LocalHost;

/// <summary>What an operator does to the local host: awkward blob names, hidden files, restarts over a full drop folder.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LocalHostFaultTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("reports/")]
    [InlineData("reports/../smith.txt")]
    [InlineData("reports/./smith.txt")]
    [InlineData("smith.txt.")]
    public async Task AListedBlobWhoseNameTheUrlCannotCarryIsRejectedBeforeAnyDownload(string suffix)
    {
        await using var host = new LocalHostFactory();
        var ingest = host.Services.GetRequiredService<IngestService>();
        var name = TestRecords.Unique("listed") + "/" + suffix;

        var outcome = await ingest.IngestIfChangedAsync(name, "0x8DD0000000000A1");
        var again = await ingest.IngestIfChangedAsync(name, "0x8DD0000000000A1");

        Assert.Equal(IngestStatus.Rejected, outcome!.Status);
        Assert.Equal(ErrorCodes.InvalidName, outcome.ErrorCode);
        Assert.Null(again);
        var state = await host.Services.GetRequiredService<CaseStore>().GetStateAsync(RecordIds.FromName(name));
        Assert.True(state!.Rejected);
    }

    [Fact]
    public async Task ADroppedFileIsIngestedOnceEvenWhenItsNameStartsWithADot()
    {
        var drop = Directory.CreateTempSubdirectory("drop-once").FullName;
        var logs = new CapturedLogs();
        try
        {
            var name = "." + TestRecords.Unique("hidden") + ".txt";
            await using var host = new LocalHostFactory(Watching(drop), logs: logs);
            var store = host.Services.GetRequiredService<CaseStore>();
            await File.WriteAllTextAsync(Path.Combine(drop, name), "A woman with melanoma received nivolumab.");

            await ApiJson.WaitUntilAsync(async () => await store.GetSummaryAsync(RecordIds.FromName(name)) is not null, 30);
            await Task.Delay(TimeSpan.FromSeconds(1.5));

            var id = RecordIds.FromName(name);
            Assert.Single(logs.Entries, e => e.Contains($"Ingested record {id}", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(drop, recursive: true);
        }
    }

    [Fact]
    public async Task ARestartDoesNotUploadTheDropFolderAgain()
    {
        var drop = Directory.CreateTempSubdirectory("drop-restart").FullName;
        try
        {
            var name = TestRecords.Unique("kept") + ".txt";
            await File.WriteAllTextAsync(Path.Combine(drop, name), "A man with sarcoma received pembrolizumab.");
            var blob = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(StorageNames.DocumentsContainer).GetBlobClient(name);
            await using (var first = new LocalHostFactory(Watching(drop)))
            {
                var store = first.Services.GetRequiredService<CaseStore>();
                await ApiJson.WaitUntilAsync(async () => await store.GetSummaryAsync(RecordIds.FromName(name)) is not null, 30);
            }

            var etag = (await blob.GetPropertiesAsync()).Value.ETag;
            await using (var second = new LocalHostFactory(Watching(drop)))
            {
                _ = second.Services.GetRequiredService<CaseStore>();
                await Task.Delay(TimeSpan.FromSeconds(2));
            }

            Assert.Equal(etag, (await blob.GetPropertiesAsync()).Value.ETag);
        }
        finally
        {
            Directory.Delete(drop, recursive: true);
        }
    }

    private static Dictionary<string, string?> Watching(string drop) => new()
    {
        ["CaseIngest:Local:Watch"] = "true",
        ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
        ["CaseIngest:Local:DropDirectory"] = drop,
        ["Logging:LogLevel:CaseIngest"] = "Information",
    };
}
