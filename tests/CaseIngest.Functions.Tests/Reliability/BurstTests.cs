using System.Diagnostics;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CaseIngest.Functions.Tests.Reliability;

/// <summary>A burst of blobs dropped at once into the container is fully ingested by the watcher; the run reports its throughput.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public sealed class BurstTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task BurstOfBlobsDroppedAtOnceIsFullyIngested()
    {
        _ = azurite.ConnectionString;
        var count = ReliabilityScale.BurstBlobs;
        var container = "burst-" + Guid.NewGuid().ToString("N")[..12];
        var drop = Path.Combine(Path.GetTempPath(), TestRecords.Unique("burst-drop"));
        var prefix = TestRecords.Unique("burst");
        var names = Enumerable.Range(0, count).Select(i => $"{prefix}/case-{i:D4}.txt").ToList();
        var settings = new Dictionary<string, string?>
        {
            ["CaseIngest:ContainerName"] = container,
            ["CaseIngest:Local:Watch"] = "false",
        };
        await using (var uploader = new LocalHostFactory(settings))
        {
            var documents = uploader.Services.GetRequiredService<DocumentStore>();
            var upload = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
                await documents.UploadAsync(names[i], new MemoryStream(LoadDocuments.Make(i)), token));
            output.WriteLine($"burst: {count} blobs uploaded in {upload.Elapsed.TotalSeconds:F1} s");
        }

        settings["CaseIngest:Local:Watch"] = "true";
        settings["CaseIngest:Local:PollIntervalMilliseconds"] = "200";
        settings["CaseIngest:Local:IngestConcurrency"] = "8";
        settings["CaseIngest:Local:DropDirectory"] = drop;
        var clock = Stopwatch.StartNew();
        await using var factory = new LocalHostFactory(settings);
        var tables = factory.Services.GetRequiredService<StorageTables>();
        var until = DateTime.UtcNow + ReliabilityScale.Patience;
        while ((await StoredRows.CaseRowsByNameAsync(tables, prefix)).Count < count)
        {
            Assert.True(DateTime.UtcNow < until, $"the burst was not ingested within {ReliabilityScale.Patience}");
            await Task.Delay(500);
        }

        var elapsed = clock.Elapsed;
        var rows = await StoredRows.CaseRowsByNameAsync(tables, prefix);
        var ids = names.Select(RecordIds.FromName).ToList();
        var problems = await StoredRows.CheckAsync(tables, factory.Services.GetRequiredService<CaseStore>(), ids);
        output.WriteLine(
            $"burst: {count} blobs ingested in {elapsed.TotalSeconds:F1} s = {count / elapsed.TotalSeconds:F1} documents/s; " +
            $"lost {ids.Count(id => !rows.ContainsKey(id))}, duplicated {rows.Values.Count(c => c > 1)}, half-written {problems.Count}");

        Assert.All(ids, id => Assert.Equal(1, rows.GetValueOrDefault(id)));
        Assert.Empty(problems);
        if (Directory.Exists(drop))
        {
            Directory.Delete(drop, recursive: true);
        }
    }
}
