using CaseIngest.LocalHost;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>
/// One in-memory Azurite for the whole run, on free ports, from the project's pinned package (npm ci on first use),
/// stopped at the end. The app under test finds it through CaseIngest__StorageConnectionString.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started.");

    public async Task InitializeAsync()
    {
        var root = RepositoryPaths.FindRoot("tools/azurite") ?? throw new InvalidOperationException("tools/azurite/package.json not found above the test binaries.");
        _azurite = await AzuriteProcess.StartAsync(new AzuriteSettings { PackageDirectory = Path.Combine(root, "tools", "azurite") });
        Environment.SetEnvironmentVariable("CaseIngest__StorageConnectionString", _azurite.ConnectionString);
        Environment.SetEnvironmentVariable("CaseIngest__Local__Watch", "false");
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
