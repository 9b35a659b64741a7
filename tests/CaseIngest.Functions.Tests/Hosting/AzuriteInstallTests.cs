using CaseIngest.LocalHost;

namespace CaseIngest.Functions.Tests.Hosting;

/// <summary>Installing the pinned Azurite package survives a registry that fails a try, and says so when it keeps failing.</summary>
public sealed class AzuriteInstallTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "caseingest-npm-" + Guid.NewGuid().ToString("N"));

    public AzuriteInstallTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "package.json"), "{}");
        File.WriteAllText(Path.Combine(_folder, "package-lock.json"), "{}");
    }

    [Fact]
    public async Task AnInstallThatFailsOnceIsTriedAgain()
    {
        var npm = FakeNpm(failures: 1);

        await AzuriteProcess.EnsureInstalledAsync(_folder, npm, TimeSpan.FromMilliseconds(10), CancellationToken.None);

        Assert.Equal(2, File.ReadAllLines(Path.Combine(_folder, "calls")).Length);
        Assert.True(File.Exists(Path.Combine(_folder, "node_modules", "azurite", "dist", "src", "azurite.js")));
    }

    [Fact]
    public async Task AnInstallThatKeepsFailingStopsAfterThreeTries()
    {
        var npm = FakeNpm(failures: 10);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            AzuriteProcess.EnsureInstalledAsync(_folder, npm, TimeSpan.FromMilliseconds(10), CancellationToken.None));

        Assert.Equal(3, File.ReadAllLines(Path.Combine(_folder, "calls")).Length);
        Assert.Contains("3 times", error.Message, StringComparison.Ordinal);
        Assert.Contains("registry dropped the connection", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A stand-in for npm that fails its first <paramref name="failures"/> calls, then installs a stub entry point.</summary>
    private string FakeNpm(int failures)
    {
        var script = Path.Combine(_folder, "fake-npm.sh");
        File.WriteAllText(script, $"""
            #!/bin/sh
            echo "$1" >> calls
            if [ "$(wc -l < calls)" -le {failures} ]; then echo "registry dropped the connection" >&2; exit 1; fi
            mkdir -p node_modules/azurite/dist/src && touch node_modules/azurite/dist/src/azurite.js
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return script;
    }
}
