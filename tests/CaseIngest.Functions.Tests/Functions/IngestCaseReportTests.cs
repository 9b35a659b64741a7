using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using CaseIngest.Core;
using CaseIngest.Core.Model;
using CaseIngest.Functions.Ingest;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.LocalHost;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Functions;

/// <summary>The blob trigger called as the worker calls it: a blob client of the ingest container in, a record or a rejection out.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestCaseReportTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FunctionApp _app = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _app = new FunctionApp();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("binary report #1.txt", "pembrolizumab")]
    [InlineData("légacy host ü.txt", "nivolumab")]
    [InlineData("folder/sub folder/report?.txt", "nivolumab")]
    public async Task DroppedDocumentBecomesARecordTheApiReturns(string suffix, string drug)
    {
        var name = TestRecords.Unique("trigger") + "/" + suffix;
        await _app.UploadAsync(name, Encoding.UTF8.GetBytes($"Case presentation\nA 58-year-old woman with sarcoma received {drug} (case {Guid.NewGuid():N})."));
        var client = _app.CreateClient();

        await _app.TriggerAsync(name);

        var id = RecordIds.FromName(name);
        var record = await client.GetJsonAsync($"/api/cases/{id}");
        Assert.Equal(name, record.GetProperty("document").GetProperty("name").GetString());
        Assert.Contains(record.GetProperty("drugs").EnumerateArray(), d => d.GetProperty("name").GetString() == drug);
        var page = await client.GetPageAsync($"/api/cases?drug={drug}&top=1000");
        Assert.Contains(page.Items, s => s.Id == id);
    }

    [Fact]
    public async Task UnreadableDocumentIsARejectionAndTheInvocationSucceeds()
    {
        var name = TestRecords.Unique("trigger-empty") + "/empty.txt";
        await _app.UploadAsync(name, []);
        var client = _app.CreateClient();

        await _app.TriggerAsync(name);

        var id = RecordIds.FromName(name);
        var missing = await client.GetAsync(new Uri($"/api/cases/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var rejections = await client.GetJsonAsync("/api/rejections?top=1000");
        var rejection = Assert.Single(rejections.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        Assert.Equal(ErrorCodes.Empty, rejection.GetProperty("code").GetString());
    }

    [Fact]
    public async Task BlobDeletedBeforeItsDeliveryLeavesNothingAndSucceeds()
    {
        var name = TestRecords.Unique("trigger-gone") + "/gone.txt";
        await _app.UploadAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab."));
        await _app.Blob(name).DeleteAsync();

        await _app.TriggerAsync(name);

        Assert.Null(await _app.Services.GetRequiredService<CaseStore>().GetStateAsync(RecordIds.FromName(name)));
    }

    [Fact]
    public async Task StorageFailureThrowsSoTheHostTriesAgain()
    {
        var name = TestRecords.Unique("trigger-broken") + "/case.txt";
        await _app.UploadAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab."));
        await using var broken = new FunctionApp(new Dictionary<string, string?>
        {
            ["CaseIngest:StorageConnectionString"] = AzuriteConnection.For(1, 1, 1),
            ["CaseIngest:StorageMaxRetries"] = "0",
        });
        var bound = new BlobContainerClient(azurite.ConnectionString, _app.ContainerName).GetBlobClient(name);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => broken.Create<IngestCaseReport>().RunAsync(bound, name, CancellationToken.None));

        Assert.True(error is Azure.RequestFailedException or AggregateException, error.GetType().Name);
        Assert.Null(await _app.Services.GetRequiredService<CaseStore>().GetStateAsync(RecordIds.FromName(name)));
    }

    [Fact]
    public async Task ChangedBlobUnderTheSameNameReplacesItsRecord()
    {
        var name = TestRecords.Unique("trigger-changed") + "/case.txt";
        await _app.UploadAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma received pembrolizumab."));
        await _app.TriggerAsync(name);

        await _app.UploadAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab."));
        await _app.TriggerAsync(name);

        var record = await _app.Services.GetRequiredService<CaseStore>().GetAsync(RecordIds.FromName(name));
        Assert.Equal("nivolumab", Assert.Single(record!.Drugs).Name);
    }
}
