using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.LocalHost;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.LocalHost;

/// <summary>What the local host does when the emulator under it is killed, restarted or unreachable, with real Azurite processes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuriteSupervisionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AKilledEmulatorIsRestartedOnItsPortsLoggedOnceAndIngestCarriesOn()
    {
        _ = azurite.ConnectionString;
        var drop = Directory.CreateTempSubdirectory("drop-kill").FullName;
        var (storage, settings) = await SupervisedLocalHostFactory.StartAzuriteAsync("azurite-kill");
        var logs = new CapturedLogs();
        try
        {
            await using var host = new SupervisedLocalHostFactory(storage, settings, drop, logs);
            var supervisor = host.Services.GetRequiredService<AzuriteSupervisor>();
            var store = host.Services.GetRequiredService<CaseStore>();
            var first = supervisor.Current.ProcessId;
            var ports = (supervisor.Current.BlobPort, supervisor.Current.QueuePort, supervisor.Current.TablePort);
            await UploadAndWaitAsync(storage.ConnectionString, store, TestRecords.Unique("before") + ".txt");

            Process.GetProcessById(first).Kill();
            var clock = Stopwatch.StartNew();
            await ApiJson.WaitUntilAsync(() => Task.FromResult(logs.Entries.Any(e => e.Contains("exited with code", StringComparison.Ordinal))), 10);
            var noticed = clock.Elapsed;
            await ApiJson.WaitUntilAsync(() => Task.FromResult(logs.Entries.Any(e => e.Contains("Azurite restarted as process", StringComparison.Ordinal))), 90);

            Assert.True(noticed < TimeSpan.FromSeconds(3), $"the exit was noticed after {noticed}");
            Assert.NotEqual(first, supervisor.Current.ProcessId);
            Assert.Equal(ports, (supervisor.Current.BlobPort, supervisor.Current.QueuePort, supervisor.Current.TablePort));
            await UploadAndWaitAsync(storage.ConnectionString, store, TestRecords.Unique("after") + ".txt");

            var ours = logs.Entries.Where(e => e.StartsWith("CaseIngest", StringComparison.Ordinal)).ToList();
            Assert.Single(ours, e => e.Contains("exited with code", StringComparison.Ordinal));
            Assert.True(ours.Count(e => e.Contains("Storage does not answer", StringComparison.Ordinal)) <= 1, string.Join('\n', ours));
            Assert.False(ours.Any(e => e.Contains("   at ", StringComparison.Ordinal)), string.Join('\n', ours));
        }
        finally
        {
            await storage.DisposeAsync();
            await DeleteAsync(settings.DataDirectory!);
            await DeleteAsync(drop);
        }
    }

    [Fact]
    public async Task ARecordDeletedBehindTheHostsBackIsIngestedAgainAfterStorageRestarts()
    {
        _ = azurite.ConnectionString;
        var drop = Directory.CreateTempSubdirectory("drop-reconcile").FullName;
        var (storage, settings) = await SupervisedLocalHostFactory.StartAzuriteAsync("azurite-reconcile");
        var logs = new CapturedLogs();
        try
        {
            await using var host = new SupervisedLocalHostFactory(storage, settings, drop, logs);
            var supervisor = host.Services.GetRequiredService<AzuriteSupervisor>();
            var store = host.Services.GetRequiredService<CaseStore>();
            var name = TestRecords.Unique("lost") + ".txt";
            var id = RecordIds.FromName(name);
            await UploadAndWaitAsync(storage.ConnectionString, store, name);

            var cases = new TableClient(storage.ConnectionString, StorageNames.CasesTable);
            await foreach (var row in cases.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id}")))
            {
                await cases.DeleteEntityAsync(row.PartitionKey, row.RowKey);
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Null(await store.GetStateAsync(id));

            // A normal stop of the emulator (it writes its store to disk), which the supervisor did not ask for.
            var first = supervisor.Current.ProcessId;
            using (var term = Process.Start("kill", ["-TERM", first.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            await ApiJson.WaitUntilAsync(async () => await TryGetStateAsync(store, id) is not null, 90);
            Assert.NotEqual(first, supervisor.Current.ProcessId);
            Assert.Contains(logs.Entries, e => e.Contains("checking every blob has its record", StringComparison.Ordinal));
        }
        finally
        {
            await storage.DisposeAsync();
            await DeleteAsync(settings.DataDirectory!);
            await DeleteAsync(drop);
        }
    }

    [Fact]
    public async Task HealthAnswers503QuicklyWhenStorageDoesNotAnswer()
    {
        var port = FreePort();
        await using var host = new LocalHostFactory(new Dictionary<string, string?>
        {
            ["CaseIngest:StorageConnectionString"] = AzuriteConnection.For(port, port, port),
            ["CaseIngest:Local:Watch"] = "false",
            ["CaseIngest:Local:HealthTimeoutMilliseconds"] = "500",
        });
        var client = host.CreateClient();

        var clock = Stopwatch.StartNew();
        var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        var elapsed = clock.Elapsed;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(elapsed < TimeSpan.FromSeconds(3), $"health took {elapsed}");
        Assert.Contains("Storage does not answer.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthAnswers503AtOnceWhileTheEmulatorIsRestarting()
    {
        await using var host = new LocalHostFactory();
        var client = host.CreateClient();
        var outage = host.Services.GetRequiredService<StorageOutage>();

        outage.EmulatorDown = true;
        var down = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        outage.EmulatorDown = false;
        var up = await client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
    }

    private static async Task UploadAndWaitAsync(string connection, CaseStore store, string name)
    {
        var container = new BlobServiceClient(connection).GetBlobContainerClient(StorageNames.DocumentsContainer);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(Encoding.UTF8.GetBytes("A man with melanoma received nivolumab.")), overwrite: true);
        await ApiJson.WaitUntilAsync(async () => await store.GetStateAsync(RecordIds.FromName(name)) is not null, 60);
    }

    /// <summary>The stored state, or null also while storage does not answer (it is being restarted).</summary>
    private static async Task<StoredState?> TryGetStateAsync(CaseStore store, string id)
    {
        try
        {
            return await store.GetStateAsync(id);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException)
        {
            return null;
        }
    }

    /// <summary>Deletes a temporary folder, trying again while a stopped emulator's last writes settle.</summary>
    private static async Task DeleteAsync(string folder)
    {
        for (var attempt = 0; attempt < 10 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                await Task.Delay(500);
            }
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
