extern alias cli;

using System.Text;
using CaseIngest.LocalHost;
using CaseIngest.Functions.Tests.Support;

namespace CaseIngest.Functions.Tests.Security;

/// <summary>
/// The command line prints names, ids, codes and record summaries: never the text of a document, and never the
/// account key of its connection string, even when storage cannot be reached.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Security")]
public sealed class CliOutputTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CommandsPrintNeitherDocumentTextNorTheAccountKey()
    {
        var canary = "canary" + Guid.NewGuid().ToString("N");
        var prefix = TestRecords.Unique("cli-canary") + "/";
        var folder = Directory.CreateTempSubdirectory();
        var accountKey = azurite.ConnectionString.Split("AccountKey=")[1].Split(';')[0];
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "case.txt"), $"Case presentation\nA man with sarcoma received pembrolizumab; {canary} was noted.");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "empty.txt"), "");

            var upload = await RunAsync("upload", folder.FullName, "--prefix", prefix, "--connection", azurite.ConnectionString);
            var reprocess = await RunAsync("reprocess", "--in-process", "--prefix", prefix, "--connection", azurite.ConnectionString);
            var fanOut = await RunAsync("reprocess", "--prefix", prefix, "--connection", azurite.ConnectionString);
            var query = await RunAsync("query", "--drug", "pembrolizumab", "--top", "1000", "--connection", azurite.ConnectionString);
            var export = await RunAsync("export", "--drug", "pembrolizumab", "--format", "csv", "--connection", azurite.ConnectionString);

            Assert.Equal(0, upload.Exit);
            Assert.Contains(prefix + "case.txt", upload.Output, StringComparison.Ordinal);
            Assert.Contains("rejected", reprocess.Output, StringComparison.Ordinal);
            Assert.Contains("2 document(s) queued", fanOut.Output, StringComparison.Ordinal);
            foreach (var run in new[] { upload, reprocess, fanOut, query, export })
            {
                Assert.DoesNotContain(canary, run.Output, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(accountKey, run.Output, StringComparison.Ordinal);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task UnreachableStorageErrorDoesNotPrintTheAccountKey()
    {
        var fakeKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("fake-account-key-" + Guid.NewGuid().ToString("N")));
        var connection = AzuriteConnection.For(1, 1, 1).Replace(azurite.ConnectionString.Split("AccountKey=")[1].Split(';')[0], fakeKey, StringComparison.Ordinal);

        var query = await RunAsync("query", "--drug", "pembrolizumab", "--connection", connection);

        Assert.NotEqual(0, query.Exit);
        Assert.DoesNotContain(fakeKey, query.Output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var entry = typeof(cli::CaseIngest.Cli.CliStorage).Assembly.EntryPoint!;
        var output = new StringWriter();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(output);
        try
        {
            var result = entry.Invoke(null, [args]);
            var exit = result is Task<int> task ? await task : (int)result!;
            return (exit, output.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }
}
