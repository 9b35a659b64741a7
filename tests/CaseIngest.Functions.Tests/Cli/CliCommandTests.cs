extern alias cli;

using System.Text;
using System.Text.Json;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using cli::CaseIngest.Cli;

namespace CaseIngest.Functions.Tests.Cli;

/// <summary>upload, query, export and reprocess against the fixture's Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CliCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task UploadSendsEveryFileOfAFolderUnderItsRelativeName()
    {
        var storage = CliStorage.Create(azurite.ConnectionString);
        var prefix = TestRecords.Unique("upload") + "/";
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "sub"));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "one.txt"), "one");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "sub", "two #2.txt"), "two");
            var output = new StringWriter();
            var error = new StringWriter();

            var exit = await UploadCommand.RunAsync(storage, [folder.FullName], prefix, output, error, CancellationToken.None);

            Assert.Equal(0, exit);
            var names = new List<string>();
            await foreach (var blob in storage.Documents.ListAsync(prefix))
            {
                names.Add(blob.Name);
            }

            Assert.Equal([prefix + "one.txt", prefix + "sub/two #2.txt"], names.Order(StringComparer.Ordinal));
            Assert.Contains("uploaded 2/2", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task UploadReportsAFileWhoseNameCannotBeADocumentNameAndGoesOnWithTheOthers()
    {
        var storage = CliStorage.Create(azurite.ConnectionString);
        var prefix = TestRecords.Unique("upload-bad") + "/";
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.txt"), "one");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "b-trailing-dot."), "two");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "c.txt"), "three");
            var output = new StringWriter();
            var error = new StringWriter();

            var exit = await UploadCommand.RunAsync(storage, [folder.FullName], prefix, output, error, CancellationToken.None);

            Assert.Equal(1, exit);
            var names = new List<string>();
            await foreach (var blob in storage.Documents.ListAsync(prefix))
            {
                names.Add(blob.Name);
            }

            Assert.Equal([prefix + "a.txt", prefix + "c.txt"], names.Order(StringComparer.Ordinal));
            Assert.Contains($"'{prefix}b-trailing-dot.' cannot be a document name", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("2 uploaded, 1 failed.", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task QueryPrintsThePageTheApiReturns()
    {
        var storage = CliStorage.Create(azurite.ConnectionString);
        var u = TestRecords.Unique("cliquery");
        var record = TestRecords.Make(u + ".txt", drugs: [u]);
        await storage.Store.SaveAsync(record, null);
        var output = new StringWriter();

        var exit = await QueryCommand.RunAsync(storage, Drug(u), CaseQuery.DefaultTop, null, output, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        var page = JsonSerializer.Deserialize<CasePage>(output.ToString(), JsonSerializerOptions.Web)!;
        Assert.Equal(record.Id, Assert.Single(page.Items).Id);
        Assert.Equal("literal", JsonDocument.Parse(output.ToString()).RootElement.GetProperty("interpretedAs").GetProperty("drug")[0].GetProperty("via").GetString());
    }

    [Fact]
    public async Task CsvExportHasOneRowPerFactAndJsonLinesOneRecordPerLine()
    {
        var storage = CliStorage.Create(azurite.ConnectionString);
        var u = TestRecords.Unique("export");
        await storage.Store.SaveAsync(TestRecords.Make(u + "/a.txt", drugs: [u, u + "-b"], markers: ["PD-L1"], doi: "10.1/" + u), null);
        await storage.Store.SaveAsync(TestRecords.Make(u + "/b.txt", drugs: [u]), null);

        var csv = new StringWriter();
        await ExportCommand.RunAsync(storage, Drug(u), "csv", csv, new StringWriter(), CancellationToken.None);
        var jsonl = new StringWriter();
        await ExportCommand.RunAsync(storage, Drug(u), "jsonl", jsonl, new StringWriter(), CancellationToken.None);

        var rows = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ExportCommand.CsvColumns), rows[0].TrimEnd('\r'));
        Assert.Equal(4, rows.Length - 1);
        Assert.Equal(3, rows.Count(r => r.Contains(",drug,", StringComparison.Ordinal)));
        var lines = jsonl.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Equal("2", JsonDocument.Parse(line).RootElement.GetProperty("schemaVersion").GetString()));
    }

    [Fact]
    public async Task ReprocessReportsTheRecordsANewExtractorChanges()
    {
        var storage = CliStorage.Create(azurite.ConnectionString);
        var prefix = TestRecords.Unique("reprocess") + "/";
        await storage.Documents.UploadAsync(prefix + "drug.txt", new MemoryStream(Encoding.UTF8.GetBytes("A man with sarcoma received pembrolizumab.")));
        await storage.Documents.UploadAsync(prefix + "plain.txt", new MemoryStream(Encoding.UTF8.GetBytes("Nothing of note here.")));
        var plainEngine = new CaseEngine(pipeline: new Core.Extraction.ExtractionPipeline([]));
        await ReprocessCommand.RunAsync(storage, plainEngine, prefix, new StringWriter(), new StringWriter(), CancellationToken.None);
        var output = new StringWriter();
        var error = new StringWriter();

        await ReprocessCommand.RunAsync(storage, TestEngine.Keywords, prefix, output, error, CancellationToken.None);

        var changed = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("updated\t" + RecordIds.FromName(prefix + "drug.txt"), changed, StringComparison.Ordinal);
        Assert.Contains("1 changed, 1 unchanged", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("pembrolizumab", Assert.Single((await storage.Store.GetAsync(RecordIds.FromName(prefix + "drug.txt")))!.Drugs).Name);
    }

    [Fact]
    public void TheCliTakesTheAppsLimitsAndVocabularySettings()
    {
        var genes = Path.GetTempFileName();
        try
        {
            File.WriteAllText(genes, "1\tFAKEGENE1\n");
            Environment.SetEnvironmentVariable("CaseIngest__MaxDocumentBytes", "2097152");
            var storage = CliStorage.Create(azurite.ConnectionString);
            var engine = CliStorage.EngineOptions(new Dictionary<string, string?> { ["CaseIngest:MarkerGeneListPath"] = genes });

            Assert.Equal(2097152, storage.Engine.Options.MaxDocumentBytes);
            Assert.Equal(2097152, storage.Ingest().MaxDocumentBytes);
            Assert.Equal(2097152, engine.MaxDocumentBytes);
            Assert.Equal(genes, engine.MarkerGeneListPath);
        }
        finally
        {
            Environment.SetEnvironmentVariable("CaseIngest__MaxDocumentBytes", null);
            File.Delete(genes);
        }
    }

    [Fact]
    public void WithoutSettingsTheCliAcceptsWhatTheAppAccepts()
    {
        var storage = CliStorage.Create(azurite.ConnectionString);

        Assert.Equal(new CaseIngestOptions().MaxDocumentBytes, storage.Ingest().MaxDocumentBytes);
        Assert.Equal(64L * 1024 * 1024, storage.Ingest().MaxDocumentBytes);
    }

    private static Dictionary<string, IReadOnlyList<string>> Drug(string drug) => new(StringComparer.Ordinal) { ["drug"] = [drug] };
}
