using System.IO.Compression;
using System.Text.Json.Nodes;
using CaseIngest.Deploy.Tests.Support;

namespace CaseIngest.Deploy.Tests.Packaging;

/// <summary>The zip written by eng/publish.sh, built once for the tests of one class in a temporary folder.</summary>
public sealed class PublishedPackage : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);

    private DirectoryInfo? workDirectory;

    public ZipArchive? Archive { get; private set; }

    public IReadOnlyDictionary<string, ZipArchiveEntry> Entries { get; private set; } = new Dictionary<string, ZipArchiveEntry>();

    internal CommandResult? Publish { get; private set; }

    /// <summary>The folder eng/publish.sh zipped (its staging folder under --work).</summary>
    public string PublishFolder => Path.Combine(workDirectory?.FullName ?? throw new InvalidOperationException("Nothing was published."), "work", "publish");

    public async Task InitializeAsync()
    {
        if (!FunctionsProject.Exists)
        {
            return;
        }

        workDirectory = Directory.CreateTempSubdirectory("caseingest-package-");
        var zip = Path.Combine(workDirectory.FullName, "functionapp.zip");
        Publish = await CommandRunner.RunAsync(
            "bash",
            [Repository.File("eng", "publish.sh"), "--output", zip, "--work", Path.Combine(workDirectory.FullName, "work")],
            Repository.Root,
            PublishTimeout);
        if (Publish.ExitCode != 0)
        {
            throw new InvalidOperationException(Publish.Describe());
        }

        Archive = ZipFile.OpenRead(zip);
        Entries = Archive.Entries.ToDictionary(entry => entry.FullName, StringComparer.Ordinal);
    }

    public Task DisposeAsync()
    {
        Archive?.Dispose();
        workDirectory?.Delete(recursive: true);
        return Task.CompletedTask;
    }

    public ZipArchiveEntry Entry(string name)
    {
        Assert.True(Entries.TryGetValue(name, out var entry), $"the package has no entry '{name}'");
        return entry!;
    }

    public JsonNode ReadJson(string name)
    {
        using var stream = Entry(name).Open();
        return JsonNode.Parse(stream) ?? throw new InvalidOperationException($"{name} is empty.");
    }

    public byte[] ReadPrefix(string name, int count)
    {
        using var stream = Entry(name).Open();
        var buffer = new byte[count];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
