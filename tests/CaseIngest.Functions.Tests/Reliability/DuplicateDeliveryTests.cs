using System.Net;
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
/// once, through both payload shapes, leaves exactly what one delivery leaves.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public sealed class DuplicateDeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Text = "Case presentation\nA 61-year-old man with sarcoma received pembrolizumab and later nivolumab. PD-L1 was 60%. He had a partial response.";

    private PipelineFactory _factory = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new PipelineFactory();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task TenDeliveriesFiveOfThemConcurrentLeaveOneRecordIdenticalToASingleDelivery()
    {
        var client = _factory.CreateClient();
        var documents = _factory.Services.GetRequiredService<DocumentStore>();
        var store = _factory.Services.GetRequiredService<CaseStore>();
        var tables = _factory.Services.GetRequiredService<StorageTables>();
        var prefix = TestRecords.Unique("dup");
        var bytes = Encoding.UTF8.GetBytes(Text);
        var single = prefix + "/single.txt";
        var repeated = prefix + "/repeated.txt";
        await documents.UploadAsync(single, new MemoryStream(bytes));
        var etag = await documents.UploadAsync(repeated, new MemoryStream(bytes));

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(HostPayloads.ByName(single))).StatusCode);

        var statuses = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            var payload = i % 2 == 0 ? HostPayloads.BlobTrigger(repeated, bytes, etag) : HostPayloads.ByName(repeated);
            var response = await client.PostAsync(payload);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            statuses.Add(await HostPayloads.StatusOfAsync(response));
        }

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Task.Run(async () =>
        {
            var response = await client.PostAsync(i % 2 == 0 ? HostPayloads.ByName(repeated) : HostPayloads.BlobTrigger(repeated, bytes, etag));
            return (response.StatusCode, Status: await HostPayloads.StatusOfAsync(response));
        })));

        Assert.All(concurrent, c => Assert.Equal(HttpStatusCode.OK, c.StatusCode));
        Assert.Equal("Created", statuses[0]);
        Assert.All(statuses.Skip(1).Concat(concurrent.Select(c => c.Status)), s => Assert.Contains(s, new[] { "Unchanged", "Rewritten", "Created" }));

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
    public async Task ConcurrentDeliveriesOfANewVersionLeaveOnlyTheNewVersionsRows()
    {
        var client = _factory.CreateClient();
        var documents = _factory.Services.GetRequiredService<DocumentStore>();
        var name = TestRecords.Unique("dup-version") + "/case.txt";
        var id = RecordIds.FromName(name);
        var first = Encoding.UTF8.GetBytes(Text);
        var etag = await documents.UploadAsync(name, new MemoryStream(first));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(HostPayloads.BlobTrigger(name, first, etag))).StatusCode);

        var second = Encoding.UTF8.GetBytes("Case presentation\nA woman with sarcoma received nivolumab.");
        var newEtag = await documents.UploadAsync(name, new MemoryStream(second));
        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => client.PostAsync(HostPayloads.BlobTrigger(name, second, newEtag)))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var store = _factory.Services.GetRequiredService<CaseStore>();
        Assert.Empty(await StoredRows.CheckAsync(_factory.Services.GetRequiredService<StorageTables>(), store, [id]));
        var record = (await store.GetAsync(id))!;
        Assert.DoesNotContain(record.Drugs, d => d.Name == "pembrolizumab");
        Assert.DoesNotContain(id, (await client.GetPageAsync("/api/cases?drug=pembrolizumab&top=1000")).Items.Select(s => s.Id));
    }
}
