extern alias cli;

using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using cli::CaseIngest.Cli;

namespace CaseIngest.Functions.Tests.Cli;

/// <summary><c>upload --wait</c>: each file's outcome, and progress that suits a terminal or a redirected stream.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UploadWaitTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task WaitReportsEachFilesRecordWithCountsOrItsRejection()
    {
        var storage = CliStorage.Create(azurite.ConnectionString);
        var prefix = TestRecords.Unique("wait") + "/";
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "good.txt"), "A man with sarcoma received pembrolizumab.");
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "empty.txt"), []);
            var output = new StringWriter();
            var error = new StringWriter();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var ingester = IngestWhenUploadedAsync(storage, [prefix + "empty.txt", prefix + "good.txt"], stop.Token);

            var exit = await UploadCommand.RunAsync(storage, [folder.FullName], prefix, new UploadOptions { Wait = true, Timeout = TimeSpan.FromSeconds(45), Poll = TimeSpan.FromMilliseconds(100) }, output, error, CancellationToken.None);
            await ingester;

            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(1, exit);
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"^{prefix}good\.txt: record {RecordIds.FromName(prefix + "good.txt")}, [1-9][0-9]* facts \(1 drugs, 0 markers, 0 outcomes, 1 diagnoses\)$"));
            Assert.Contains($"{prefix}empty.txt: rejected empty: The document is empty.", lines);
            Assert.Equal(2, lines.Length);
            Assert.DoesNotContain('\r', error.ToString());
            Assert.Contains("1 ingested, 1 rejected or not done.", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AFileNobodyIngestsIsReportedWhenTheWaitEnds()
    {
        var storage = CliStorage.Create(azurite.ConnectionString);
        var file = Path.Combine(Path.GetTempPath(), TestRecords.Unique("unwatched") + ".txt");
        await File.WriteAllTextAsync(file, "A woman with melanoma received nivolumab.");
        try
        {
            var output = new StringWriter();

            var exit = await UploadCommand.RunAsync(storage, [file], null, new UploadOptions { Wait = true, Timeout = TimeSpan.FromSeconds(1), Poll = TimeSpan.FromMilliseconds(100) }, output, new StringWriter(), CancellationToken.None);

            Assert.Equal(1, exit);
            Assert.Equal(Path.GetFileName(file) + ": no outcome within 1 s (is the local host or the function app running?)", output.ToString().Trim());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void OnATerminalTheProgressIsOneLineRedrawnAndRedirectedItIsPlainLines()
    {
        var terminal = new StringWriter();
        var redirected = new StringWriter();
        var bar = new ProgressDisplay(terminal, interactive: true, "uploaded", 20);
        var plain = new ProgressDisplay(redirected, interactive: false, "uploaded", 20);

        for (var i = 0; i < 20; i++)
        {
            bar.Advance();
            plain.Advance();
        }

        bar.Finish();
        plain.Finish();
        Assert.EndsWith("\r[########################] uploaded 20/20" + Environment.NewLine, terminal.ToString(), StringComparison.Ordinal);
        Assert.Equal(20, terminal.ToString().Count(c => c == '\r'));
        var lines = redirected.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        Assert.Equal("uploaded 2/20", lines[0]);
        Assert.Equal("uploaded 20/20", lines[^1]);
        Assert.DoesNotContain('\r', redirected.ToString());
    }

    /// <summary>Stands in for the local host's watcher: ingests each blob once it is there.</summary>
    private static async Task IngestWhenUploadedAsync(CliStorage storage, string[] names, CancellationToken cancellationToken)
    {
        var ingest = storage.Ingest(TestEngine.Keywords);
        var pending = names.ToList();
        while (pending.Count > 0)
        {
            foreach (var name in pending.ToList())
            {
                if (await ingest.IngestBlobAsync(name, cancellationToken: cancellationToken) is not null)
                {
                    pending.Remove(name);
                }
            }

            await Task.Delay(100, cancellationToken);
        }
    }
}
