using System.Text;
using CaseIngest.Core;
using CaseIngest.Core.Json;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Reliability;

/// <summary>
/// Event Grid and the blob trigger both deliver at least once: the same blob arriving ten times, five of them at
/// once, leaves exactly what one delivery leaves.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public sealed class DuplicateDeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Text = "Case presentation\nA 61-year-old man with sarcoma received pembrolizumab and later nivolumab. PD-L1 was 60%. He had a partial response.";

    private FunctionApp _factory = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new FunctionApp();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task TenDeliveriesFiveOfThemConcurrentLeaveOneRecordIdenticalToASingleDelivery()
    {
        var client = _factory.CreateClient();
        var store = _factory.Services.GetRequiredService<CaseStore>();
        var tables = _factory.Services.GetRequiredService<StorageTables>();
        var prefix = TestRecords.Unique("dup");
        var bytes = Encoding.UTF8.GetBytes(Text);
        var single = prefix + "/single.txt";
        var repeated = prefix + "/repeated.txt";
        await _factory.UploadAsync(single, bytes);
        await _factory.UploadAsync(repeated, bytes);

        await _factory.TriggerAsync(single);
        for (var i = 0; i < 5; i++)
        {
            await _factory.TriggerAsync(repeated);
        }

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => _factory.TriggerAsync(repeated))));

        var id = RecordIds.FromName(repeated);
        var caseRows = await StoredRows.CaseRowsByNameAsync(tables, prefix);
        Assert.Equal(2, caseRows.Count);
        Assert.Equal(1, caseRows[id]);
        Assert.Empty(await StoredRows.CheckAsync(tables, store, [id, RecordIds.FromName(single)]));

        var once = (await store.GetAsync(RecordIds.FromName(single)))!;
        var many = (await store.GetAsync(id))!;
        var asIfOnce = many with { Id = once.Id, Document = many.Document with { Name = once.Document.Name } };
        Assert.Equal(CaseJson.Serialize(once), CaseJson.Serialize(asIfOnce));
        Assert.NotEmpty(many.Drugs);

        // The same bytes under two names (or more: other tests store this text too) are one article, listed once.
        var page = await client.GetPageAsync("/api/cases?drug=pembrolizumab&top=1000");
        var listed = Assert.Single(page.Items, s => s.ArticleId == ArticleIds.Of(many));
        Assert.True(listed.Documents >= 2);
        Assert.Equal(1, listed.Sources);
        var rejections = await client.GetJsonAsync("/api/rejections?top=1000");
        Assert.DoesNotContain(rejections.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task RepeatedDeliveryOfAnIngestedBlobReadsOnlyItsProperties()
    {
        var requests = new BlobRequests();
        await using var counted = new FunctionApp(blobs: requests.Client(azurite.ConnectionString));
        var name = TestRecords.Unique("dup-read") + "/case.txt";
        await counted.UploadAsync(name, Encoding.UTF8.GetBytes(Text));
        await counted.TriggerAsync(name);
        var downloadsAfterFirst = requests.Downloads(name);

        await counted.TriggerAsync(name);
        await counted.TriggerAsync(name);

        Assert.Equal(1, downloadsAfterFirst);
        Assert.Equal(1, requests.Downloads(name));
        Assert.Equal(3, requests.PropertyReads(name));
    }

    [Fact]
    public async Task ConcurrentDeliveriesOfANewVersionLeaveOnlyTheNewVersionsRows()
    {
        var client = _factory.CreateClient();
        var name = TestRecords.Unique("dup-version") + "/case.txt";
        var id = RecordIds.FromName(name);
        await _factory.UploadAsync(name, Encoding.UTF8.GetBytes(Text));
        await _factory.TriggerAsync(name);

        await _factory.UploadAsync(name, Encoding.UTF8.GetBytes("Case presentation\nA woman with sarcoma received nivolumab."));
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => _factory.TriggerAsync(name))));

        var store = _factory.Services.GetRequiredService<CaseStore>();
        Assert.Empty(await StoredRows.CheckAsync(_factory.Services.GetRequiredService<StorageTables>(), store, [id]));
        var record = (await store.GetAsync(id))!;
        Assert.DoesNotContain(record.Drugs, d => d.Name == "pembrolizumab");
        Assert.Contains(record.Drugs, d => d.Name == "nivolumab");
        Assert.DoesNotContain(id, (await client.GetPageAsync("/api/cases?drug=pembrolizumab&top=1000")).Items.Select(s => s.Id));
    }
}
