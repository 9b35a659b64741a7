using System.Text.Json;
using Azure.Data.Tables;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Worker.Tests.Host;
using CaseIngest.Worker.Tests.Rpc;
using CaseIngest.Worker.Tests.Support;

namespace CaseIngest.Worker.Tests.Tests;

/// <summary>
/// The host's failure semantics, through the worker process: a failed invocation is delivered again; a blob that
/// keeps failing ends on the poison queue; a worker killed in the middle of a save is replaced and the document still
/// ends as one whole record.
/// </summary>
[Collection(WorkerCollection.Name)]
public sealed class FailureSemanticsTests(WorkerHostFixture fixture) : IDisposable
{
    private const string Document = "pmc-markdown/gvf-PMID29983698.md";

    [Fact]
    public async Task AnInvocationThatFailsWhileStorageIsDownIsRetriedAndEndsAsOneRecord()
    {
        var name = CorpusDocuments.UniqueName("outage", ".md");
        var uri = await fixture.UploadAsync(name, CorpusDocuments.Read(Document));
        var refused = 0;
        fixture.Delivery.BeforeAttempt = attempt =>
        {
            // Table storage answers no request during the first delivery and is back for the next.
            fixture.Proxy.Tables.Gate = attempt == 1 ? (_, _) => { Interlocked.Increment(ref refused); return Task.FromResult(false); } : null;
            return Task.CompletedTask;
        };

        var delivery = await fixture.Delivery.DeliverBlobAsync("IngestCaseReport", name, uri);

        Assert.True(refused > 0);
        Assert.Equal([StatusResult.Types.Status.Failure, StatusResult.Types.Status.Success], delivery.Statuses);
        Assert.False(string.IsNullOrEmpty(delivery.Attempts[0].Result.Exception?.Message));
        var id = RecordIds.FromName(name);
        Assert.Equal(1, (await StoredRows.CaseRowsByNameAsync(fixture.Tables, name)).GetValueOrDefault(id));
        Assert.Empty(await StoredRows.CheckAsync(fixture.Tables, fixture.Store, [id]));
    }

    [Fact]
    public async Task AReprocessMessageThatFailsWhileStorageIsDownIsDeliveredAgainAndEndsAsOneRecord()
    {
        var folder = CorpusDocuments.UniqueName("queue-outage", "");
        var name = folder + "/case.md";
        await fixture.UploadAsync(name, CorpusDocuments.Read(Document));
        var queue = new CaseIngest.Application.ReprocessQueue(fixture.Queues, WorkerHostFixture.ReprocessQueueName);
        Assert.Equal(1, await queue.EnqueueAllAsync(new CaseIngest.Storage.DocumentStore(fixture.Blobs, WorkerHostFixture.Container), folder + "/"));
        fixture.Delivery.BeforeAttempt = attempt =>
        {
            fixture.Proxy.Tables.Gate = attempt == 1 ? (_, _) => Task.FromResult(false) : null;
            return Task.CompletedTask;
        };

        var delivery = Assert.Single(await fixture.Delivery.DrainQueueAsync("ReprocessRequested"));

        Assert.Equal([StatusResult.Types.Status.Failure, StatusResult.Types.Status.Success], delivery.Statuses);
        Assert.False(delivery.Poisoned);
        var id = RecordIds.FromName(name);
        Assert.Equal(1, (await StoredRows.CaseRowsByNameAsync(fixture.Tables, name)).GetValueOrDefault(id));
        Assert.Empty(await StoredRows.CheckAsync(fixture.Tables, fixture.Store, [id]));
    }

    [Fact]
    public async Task ABlobThatCannotBeReadIsTriedFiveTimesThenPoisonedAndWritesNothing()
    {
        var name = CorpusDocuments.UniqueName("unreadable", ".md");
        var uri = await fixture.UploadAsync(name, CorpusDocuments.Read(Document));
        var blobPath = uri.AbsolutePath;
        fixture.Proxy.Blobs.Gate = (method, path) => Task.FromResult(!(method == "GET" && path.StartsWith(blobPath, StringComparison.Ordinal)));

        var delivery = await fixture.Delivery.DeliverBlobAsync("IngestCaseReport", name, uri);

        Assert.True(delivery.Poisoned);
        Assert.Equal(TriggerDelivery.PoisonBlobThreshold, delivery.Attempts.Count);
        Assert.All(delivery.Statuses, s => Assert.Equal(StatusResult.Types.Status.Failure, s));
        var poison = fixture.Queues.GetQueueClient(TriggerDelivery.BlobPoisonQueue);
        var messages = (await poison.PeekMessagesAsync(32)).Value.Select(m => JsonDocument.Parse(m.Body.ToString()).RootElement.GetProperty("BlobName").GetString());
        Assert.Contains(name, messages);
        Assert.Empty(await StoredRows.CaseRowsByNameAsync(fixture.Tables, name));
        Assert.Equal(0, await CountAsync(fixture.Tables.Facts, RecordIds.FromName(name)));
    }

    [Fact]
    public async Task AWorkerKilledMidSaveIsReplacedAndTheDocumentEndsAsOneWholeRecord()
    {
        var name = CorpusDocuments.UniqueName("killed", ".md");
        var uri = await fixture.UploadAsync(name, CorpusDocuments.Read(Document));
        var id = RecordIds.FromName(name);
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fixture.Proxy.Tables.Gate = async (method, path) =>
        {
            if (method != "GET" && path.Contains("/Cases(", StringComparison.Ordinal))
            {
                // The case row is written last: its facts and index rows are stored, it is not. Never let it through.
                reached.TrySetResult();
                await release.Task;
                return false;
            }

            return true;
        };
        var function = fixture.Host.Functions["IngestCaseReport"];
        var invocation = fixture.Host.InvokeAsync(Invocations.Blob(function, fixture.Host.Settings, name, uri, 0, TriggerDelivery.PoisonBlobThreshold - 1));

        await reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(await CountAsync(fixture.Tables.Facts, id) > 0, "the save had not written its fact rows when the worker was killed");
        Assert.Empty(await StoredRows.CaseRowsByNameAsync(fixture.Tables, name));
        await fixture.Host.KillWorkerAsync();
        await Assert.ThrowsAsync<WorkerGoneException>(() => invocation);
        release.SetResult();
        fixture.Proxy.Heal();

        await fixture.Host.StartWorkerAsync();
        var delivery = await fixture.Delivery.DeliverBlobAsync("IngestCaseReport", name, uri);

        Assert.True(delivery.Succeeded, fixture.Host.Diagnostics(delivery.Attempts[^1].InvocationId));
        Assert.Equal(1, (await StoredRows.CaseRowsByNameAsync(fixture.Tables, name)).GetValueOrDefault(id));
        Assert.Empty(await StoredRows.CheckAsync(fixture.Tables, fixture.Store, [id]));
    }

    public void Dispose()
    {
        fixture.Delivery.BeforeAttempt = null;
        fixture.Proxy.Heal();
    }

    private static async Task<int> CountAsync(TableClient table, string partitionKey)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"), select: ["RowKey"]))
        {
            count++;
        }

        return count;
    }
}
