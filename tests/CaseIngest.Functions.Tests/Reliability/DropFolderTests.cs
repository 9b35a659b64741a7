using System.Text;
using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Reliability;

/// <summary>Files whose names cannot be blob names, or that are over the size limit, do not stop the drop folder.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public sealed class DropFolderTests(AzuriteFixture azurite)
{
    private const long Limit = 64 * 1024;

    [Fact]
    public async Task AwkwardAndOversizedFilesAreRejectedAndTheFilesAfterThemStillIngested()
    {
        _ = azurite.ConnectionString;
        var drop = Path.Combine(Path.GetTempPath(), TestRecords.Unique("drop-awkward"));
        var folder = TestRecords.Unique("awkward");
        Directory.CreateDirectory(Path.Combine(drop, folder));
        try
        {
            var engine = new CaseEngine(new EngineOptions { MaxDocumentBytes = Limit }, DefaultPipeline.Create(new EngineOptions()).With(new KeywordStep()));
            await File.WriteAllTextAsync(Path.Combine(drop, folder, "a-trailing-dot."), "A man with sarcoma received nivolumab.");
            await File.WriteAllTextAsync(Path.Combine(drop, folder, "b-line\nbreak.txt"), "A man with sarcoma received nivolumab.");
            await File.WriteAllBytesAsync(Path.Combine(drop, folder, "c-oversized.txt"), Encoding.UTF8.GetBytes(new string('x', (int)Limit * 4)));
            await File.WriteAllTextAsync(Path.Combine(drop, folder, "d-fine.txt"), "A man with sarcoma received nivolumab.");
            await using var factory = new LocalHostFactory(
                new Dictionary<string, string?>
                {
                    ["CaseIngest:MaxDocumentBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["CaseIngest:Local:Watch"] = "true",
                    ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
                    ["CaseIngest:Local:DropDirectory"] = drop,
                },
                engine);
            var store = factory.Services.GetRequiredService<CaseStore>();

            await ApiJson.WaitUntilAsync(async () => await store.GetSummaryAsync(RecordIds.FromName(folder + "/d-fine.txt")) is not null, 30);

            foreach (var (file, code) in new[] { ("a-trailing-dot.", ErrorCodes.InvalidName), ("b-line\nbreak.txt", ErrorCodes.InvalidName), ("c-oversized.txt", ErrorCodes.TooLarge) })
            {
                var id = RecordIds.FromName(folder + "/" + file);
                await ApiJson.WaitUntilAsync(async () => await store.GetStateAsync(id) is not null, 30);
                Assert.True((await store.GetStateAsync(id))!.Rejected, file);
                var rejections = await factory.Services.GetRequiredService<CaseCatalog>().RejectionsAsync(1000, null);
                Assert.Equal(code, Assert.Single(rejections.Items, r => r.Id == id).Code);
            }
        }
        finally
        {
            Directory.Delete(drop, recursive: true);
        }
    }
}
