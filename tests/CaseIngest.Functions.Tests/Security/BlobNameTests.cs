using System.Text;
using Azure.Storage.Blobs;
using CaseIngest.Core;
using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Security;

/// <summary>Blob names cannot leave their container, and no name can break a Table key.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Security")]
public sealed class BlobNameTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FunctionApp _factory = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new FunctionApp();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("report.txt", true)]
    [InlineData("folder/sub folder/report #1?.txt", true)]
    [InlineData(@"windows\style\name.txt", true)]
    [InlineData("résumé – 日本語 😀.txt", true)]
    [InlineData("a..b/c...txt", true)]
    [InlineData("%2e%2e/x.txt", true)]
    [InlineData("../case-records/x.json", false)]
    [InlineData("a/../../x.txt", false)]
    [InlineData(@"..\x.txt", false)]
    [InlineData("./x.txt", false)]
    [InlineData("a/./x.txt", false)]
    [InlineData("a/..", false)]
    [InlineData("/absolute.txt", false)]
    [InlineData("folder/", false)]
    [InlineData("name.", false)]
    [InlineData("tab\tname.txt", false)]
    [InlineData("nul\0name.txt", false)]
    [InlineData("line\nbreak.txt", false)]
    [InlineData("c1\u0085control.txt", false)]
    [InlineData("", false)]
    public void NamesThatCouldLeaveTheContainerAreInvalid(string name, bool valid)
    {
        Assert.Equal(valid, BlobNames.IsValid(name));
    }

    [Fact]
    public void NamesWithUnpairedSurrogatesAreInvalid()
    {
        Assert.False(BlobNames.IsValid("lone" + '\uD800' + "surrogate.txt"));
        Assert.False(BlobNames.IsValid("lone" + '\uDC00' + "surrogate.txt"));
        Assert.True(BlobNames.IsValid("pair" + char.ConvertFromUtf32(0x1F600) + ".txt"));
    }

    [Fact]
    public void OverlongNamesAreInvalid()
    {
        Assert.True(BlobNames.IsValid(new string('a', 1024)));
        Assert.False(BlobNames.IsValid(new string('a', 1025)));
    }

    [Theory]
    [InlineData("../case-records/escape.json")]
    [InlineData("a/../../escape.txt")]
    [InlineData("./escape.txt")]
    [InlineData("nul\0escape.txt")]
    public async Task DeliveryNamingABlobOutsideTheContainerIsRejectedWithoutTouchingStorage(string name)
    {
        var requests = new BlobRequests();
        await using var counted = new FunctionApp(blobs: requests.Client(azurite.ConnectionString));
        var client = counted.CreateClient();

        await counted.TriggerAsync(name);

        Assert.Equal(0, requests.Total);
        var state = await _factory.Services.GetRequiredService<CaseStore>().GetStateAsync(RecordIds.FromName(name));
        Assert.True(state!.Rejected);
        var rejections = await client.GetJsonAsync("/api/rejections?top=1000");
        var rejection = Assert.Single(rejections.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == RecordIds.FromName(name));
        Assert.Equal(ErrorCodes.InvalidName, rejection.GetProperty("code").GetString());
        Assert.Null(await _factory.Services.GetRequiredService<CaseStore>().GetAsync(RecordIds.FromName(name)));
    }

    [Fact]
    public async Task UploadRefusesNamesThatLeaveTheContainer()
    {
        var documents = _factory.Services.GetRequiredService<DocumentStore>();

        await Assert.ThrowsAsync<ArgumentException>(() => documents.UploadAsync("../case-records/escape.txt", new MemoryStream([1, 2, 3])));

        var records = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(StorageNames.RecordsContainer);
        Assert.False((await records.GetBlobClient("escape.txt").ExistsAsync()).Value);
    }

    [Theory]
    [InlineData("folder/sub/report.txt")]
    [InlineData(@"back\slash\report.txt")]
    [InlineData("hash#and?query.txt")]
    [InlineData("percent%2F..%2Fslash.txt")]
    [InlineData("pipe|and'quote\".txt")]
    [InlineData("😀 emoji and 日本語.txt")]
    public async Task AwkwardNamesStayInsideTheContainer(string suffix)
    {
        var folder = TestRecords.Unique("inside") + "/";
        var name = folder + suffix;
        var documents = _factory.Services.GetRequiredService<DocumentStore>();
        await documents.UploadAsync(name, new MemoryStream(Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab.")));

        var names = new List<string>();
        await foreach (var blob in documents.ListAsync(folder))
        {
            names.Add(blob.Name);
        }

        // Blob URLs carry backslashes as slashes, so a backslash name is stored (and listed) with slashes.
        Assert.Equal([name.Replace('\\', '/')], names);
        var outcome = await _factory.Services.GetRequiredService<IngestService>().IngestBlobAsync(name);
        Assert.Equal(IngestStatus.Created, outcome!.Status);
    }

    [Theory]
    [InlineData("a/b\\c#d?e")]
    [InlineData("\u0000\u001F\u007F\u009F")]
    [InlineData("drug|pembrolizumab")]
    [InlineData("' or PartitionKey ne '")]
    [InlineData("%7C%2F")]
    public void AnyValueMakesValidKeys(string value)
    {
        Assert.True(KeyEncoding.IsValidKey(RecordIds.FromName(value)));
        Assert.True(KeyEncoding.IsValidKey(IndexKeys.Partition(IndexFacet.Drug, value)));
        Assert.True(KeyEncoding.IsValidKey(KeyEncoding.Encode(value + new string('x', 5000))));
        Assert.NotEqual(IndexKeys.Partition(IndexFacet.Drug, value), IndexKeys.Partition(IndexFacet.Drug, value + "x"));
    }
}
