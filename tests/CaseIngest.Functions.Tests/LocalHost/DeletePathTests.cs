using System.Text;
using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.LocalHost;

/// <summary>Local mode sees deletes: a deleted blob deletes its document, and the drop folder mirrors the files it uploaded.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeletePathTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task DeletingADroppedFileDeletesItsBlobAndItsRecord()
    {
        _ = azurite.ConnectionString;
        var drop = Path.Combine(Path.GetTempPath(), TestRecords.Unique("drop-delete"));
        var folder = TestRecords.Unique("mirror");
        Directory.CreateDirectory(Path.Combine(drop, folder));
        try
        {
            var engine = new CaseEngine(new EngineOptions(), DefaultPipeline.Create(new EngineOptions()).With(new KeywordStep()));
            var kept = Path.Combine(drop, folder, "kept.txt");
            var removed = Path.Combine(drop, folder, "removed.txt");
            await File.WriteAllTextAsync(kept, $"A man with sarcoma received nivolumab. {folder} kept");
            await File.WriteAllTextAsync(removed, $"A man with sarcoma received nivolumab. {folder} removed");
            await using var factory = new LocalHostFactory(
                new Dictionary<string, string?>
                {
                    ["CaseIngest:Local:Watch"] = "true",
                    ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
                    ["CaseIngest:Local:DropDirectory"] = drop,
                },
                engine);
            var store = factory.Services.GetRequiredService<CaseStore>();
            var documents = factory.Services.GetRequiredService<DocumentStore>();
            var keptId = RecordIds.FromName(folder + "/kept.txt");
            var removedId = RecordIds.FromName(folder + "/removed.txt");
            await ApiJson.WaitUntilAsync(async () => await store.GetSummaryAsync(keptId) is not null && await store.GetSummaryAsync(removedId) is not null, 30);

            File.Delete(removed);

            await ApiJson.WaitUntilAsync(async () => await store.GetSummaryAsync(removedId) is null, 30);
            Assert.Null(await documents.DownloadAsync(folder + "/removed.txt"));
            Assert.NotNull(await store.GetSummaryAsync(keptId));
            var client = factory.CreateClient();
            var listed = await client.GetPageAsync("/api/cases?drug=nivolumab&top=1000");
            Assert.Contains(listed.Items, i => i.Id == keptId);
            Assert.DoesNotContain(listed.Items, i => i.Id == removedId);
        }
        finally
        {
            Directory.Delete(drop, recursive: true);
        }
    }

    [Fact]
    public async Task DeletingABlobDeletesItsRecord()
    {
        _ = azurite.ConnectionString;
        var name = TestRecords.Unique("blob-delete") + "/report.txt";
        var engine = new CaseEngine(new EngineOptions(), DefaultPipeline.Create(new EngineOptions()).With(new KeywordStep()));
        await using var factory = new LocalHostFactory(
            new Dictionary<string, string?>
            {
                ["CaseIngest:Local:Watch"] = "true",
                ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
                ["CaseIngest:Local:DropDirectory"] = Path.Combine(Path.GetTempPath(), TestRecords.Unique("drop-unused")),
            },
            engine);
        var store = factory.Services.GetRequiredService<CaseStore>();
        var documents = factory.Services.GetRequiredService<DocumentStore>();
        await documents.UploadAsync(name, new MemoryStream(Encoding.UTF8.GetBytes("A woman with sarcoma received pembrolizumab. " + name)));
        var id = RecordIds.FromName(name);
        await ApiJson.WaitUntilAsync(async () => await store.GetSummaryAsync(id) is not null, 30);

        Assert.True(await documents.DeleteAsync(name));

        await ApiJson.WaitUntilAsync(async () => await store.GetSummaryAsync(id) is null, 30);
        Assert.Null(await store.GetStateAsync(id));
    }
}
