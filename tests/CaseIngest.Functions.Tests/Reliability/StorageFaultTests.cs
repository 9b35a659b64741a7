using System.Diagnostics;
using Azure.Storage.Blobs;
using CaseIngest.Core;
using CaseIngest.LocalHost;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CaseIngest.Functions.Tests.Reliability;

/// <summary>
/// Storage goes away while blobs are being ingested: Azurite (persistent mode, on disk) is stopped part-way and
/// started again on the same ports. Afterwards every blob has its record, none twice, none half-written.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public sealed class StorageFaultTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryRecordIsWholeAfterStorageStopsAndStartsDuringIngest()
    {
        _ = azurite.ConnectionString;
        var count = ReliabilityScale.FaultBlobs;
        var drop = Path.Combine(Path.GetTempPath(), TestRecords.Unique("fault-drop"));
        var (data, settings, storage) = await StartPersistentAzuriteAsync("azurite-fault");
        try
        {
            var prefix = TestRecords.Unique("fault");
            var names = Enumerable.Range(0, count).Select(i => $"{prefix}/case-{i:D4}.txt").ToList();
            var container = new BlobServiceClient(storage.ConnectionString).GetBlobContainerClient(StorageNames.DocumentsContainer);
            await container.CreateIfNotExistsAsync();
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
                await container.GetBlobClient(names[i]).UploadAsync(BinaryData.FromBytes(LoadDocuments.Make(i)), overwrite: true, token));

            var clock = Stopwatch.StartNew();
            await using var factory = new LocalHostFactory(new Dictionary<string, string?>
            {
                ["CaseIngest:StorageConnectionString"] = storage.ConnectionString,
                ["CaseIngest:StorageRetryDelayMilliseconds"] = "200",
                ["CaseIngest:Local:Watch"] = "true",
                ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
                ["CaseIngest:Local:IngestConcurrency"] = "8",
                ["CaseIngest:Local:DropDirectory"] = drop,
            });
            var tables = factory.Services.GetRequiredService<StorageTables>();
            var store = factory.Services.GetRequiredService<CaseStore>();

            await WaitForRecordsAsync(tables, prefix, count / 4, ReliabilityScale.Patience);
            var atStop = (await StoredRows.CaseRowsByNameAsync(tables, prefix)).Count;
            await storage.DisposeAsync();
            var stoppedAt = clock.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(1));
            storage = await AzuriteProcess.StartAsync(settings);
            var downtime = clock.Elapsed - stoppedAt;

            await WaitForRecordsAsync(tables, prefix, count, ReliabilityScale.Patience);
            var elapsed = clock.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(1));

            var rows = await StoredRows.CaseRowsByNameAsync(tables, prefix);
            var ids = names.Select(RecordIds.FromName).ToList();
            var lost = ids.Count(id => !rows.ContainsKey(id));
            var twice = rows.Values.Count(c => c > 1);
            var problems = await StoredRows.CheckAsync(tables, store, ids);
            var rejections = await factory.Services.GetRequiredService<CaseCatalog>().RejectionsAsync(1000, null);
            var rejected = rejections.Items.Count(r => r.Name.StartsWith(prefix, StringComparison.Ordinal));
            output.WriteLine(
                $"fault run: {count} blobs, storage stopped after {atStop} records for {downtime.TotalSeconds:F1} s, all ingested in {elapsed.TotalSeconds:F1} s; " +
                $"lost {lost}, duplicated {twice}, half-written {problems.Count}, rejected {rejected}");

            Assert.Equal(0, lost);
            Assert.Equal(0, twice);
            Assert.Empty(problems);
            Assert.Equal(0, rejected);
            Assert.True(atStop < count, "storage was stopped after ingest had finished");
        }
        finally
        {
            await storage.DisposeAsync();
            DeleteQuietly(data);
            DeleteQuietly(drop);
        }
    }

    [Fact]
    public async Task DeliveriesRetriedLikeTheHostLoseNothingWhenStorageStopsAndStarts()
    {
        _ = azurite.ConnectionString;
        var count = ReliabilityScale.FaultBlobs / 2;
        var (data, settings, storage) = await StartPersistentAzuriteAsync("azurite-fault-host");
        try
        {
            var prefix = TestRecords.Unique("fault-host");
            var names = Enumerable.Range(0, count).Select(i => $"{prefix}/case-{i:D4}.txt").ToList();
            var container = new BlobServiceClient(storage.ConnectionString).GetBlobContainerClient(StorageNames.DocumentsContainer);
            await container.CreateIfNotExistsAsync();
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
                await container.GetBlobClient(names[i]).UploadAsync(BinaryData.FromBytes(LoadDocuments.Make(i)), overwrite: true, token));

            await using var factory = new FunctionApp(new Dictionary<string, string?>
            {
                ["CaseIngest:StorageConnectionString"] = storage.ConnectionString,
                ["CaseIngest:StorageRetryDelayMilliseconds"] = "200",
                ["CaseIngest:Local:Watch"] = "false",
            });
            var tables = factory.Services.GetRequiredService<StorageTables>();
            var failedInvocations = 0;
            var poisoned = 0;

            // The host's side: each blob delivered to the blob trigger, an invocation that throws tried again with
            // backoff, five tries at most; whatever fails five times would go to the poison queue.
            var deliveries = Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await factory.TriggerAsync(names[i], token);
                        return;
                    }
                    catch (Exception) when (!token.IsCancellationRequested)
                    {
                        // A failed invocation: the host tries it again.
                    }

                    Interlocked.Increment(ref failedInvocations);
                    if (attempt == 5)
                    {
                        Interlocked.Increment(ref poisoned);
                        return;
                    }

                    await Task.Delay(TimeSpan.FromSeconds(2 << (attempt - 1)), token);
                }
            });

            await WaitForRecordsAsync(tables, prefix, count / 4, ReliabilityScale.Patience);
            var atStop = (await StoredRows.CaseRowsByNameAsync(tables, prefix)).Count;
            await storage.DisposeAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            storage = await AzuriteProcess.StartAsync(settings);
            await deliveries;

            var rows = await StoredRows.CaseRowsByNameAsync(tables, prefix);
            var ids = names.Select(RecordIds.FromName).ToList();
            var lost = ids.Count(id => !rows.ContainsKey(id));
            var problems = await StoredRows.CheckAsync(tables, factory.Services.GetRequiredService<CaseStore>(), ids);
            output.WriteLine(
                $"fault run through the blob trigger: {count} blobs, storage stopped after {atStop} records; {failedInvocations} failed invocations retried, " +
                $"{poisoned} would be poisoned; lost {lost}, duplicated {rows.Values.Count(c => c > 1)}, half-written {problems.Count}");

            Assert.True(atStop < count, "storage was stopped after every delivery had finished");
            Assert.Equal(0, poisoned);
            Assert.Equal(0, lost);
            Assert.All(rows.Values, c => Assert.Equal(1, c));
            Assert.Empty(problems);
        }
        finally
        {
            await storage.DisposeAsync();
            DeleteQuietly(data);
        }
    }

    private static async Task WaitForRecordsAsync(StorageTables tables, string prefix, int wanted, TimeSpan patience)
    {
        var until = DateTime.UtcNow + patience;
        while ((await CountQuietlyAsync(tables, prefix)) < wanted)
        {
            Assert.True(DateTime.UtcNow < until, $"fewer than {wanted} records after {patience}");
            await Task.Delay(250);
        }
    }

    private static async Task<int> CountQuietlyAsync(StorageTables tables, string prefix)
    {
        try
        {
            return (await StoredRows.CaseRowsByNameAsync(tables, prefix)).Count;
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException)
        {
            return 0;
        }
    }

    /// <summary>An Azurite that keeps its data on disk, so it can be stopped and started again on the same ports.</summary>
    private static async Task<(string Data, AzuriteSettings Settings, AzuriteProcess Storage)> StartPersistentAzuriteAsync(string label)
    {
        var data = Path.Combine(Path.GetTempPath(), TestRecords.Unique(label));
        var root = RepositoryPaths.FindRoot("tools/azurite")!;
        var settings = new AzuriteSettings { PackageDirectory = Path.Combine(root, "tools", "azurite"), DataDirectory = data };
        var storage = await AzuriteProcess.StartAsync(settings);
        return (data, settings with { BlobPort = storage.BlobPort, QueuePort = storage.QueuePort, TablePort = storage.TablePort }, storage);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held by a process that is exiting; the temp folder is cleaned by the system.
        }
    }
}
