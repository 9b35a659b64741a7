using CaseIngest.LocalHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>
/// The local host in memory over an Azurite of its own (persistent in <paramref name="settings"/>'s data folder, on
/// free ports) that it supervises as local mode does: restarted when it exits, stopped with the host.
/// </summary>
internal sealed class SupervisedLocalHostFactory(AzuriteProcess azurite, AzuriteSettings settings, string drop, CapturedLogs logs, int reconcileSeconds = 3600)
    : AppFactory<CaseIngest.LocalHost.Program>(
        new Dictionary<string, string?>
        {
            ["CaseIngest:StorageConnectionString"] = azurite.ConnectionString,
            ["CaseIngest:StorageRetryDelayMilliseconds"] = "100",
            ["CaseIngest:Local:Watch"] = "true",
            ["CaseIngest:Local:PollIntervalMilliseconds"] = "200",
            ["CaseIngest:Local:ReconcileIntervalSeconds"] = reconcileSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CaseIngest:Local:DropDirectory"] = drop,
            ["Logging:LogLevel:CaseIngest"] = "Information",
        },
        null,
        logs)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddAzuriteSupervision(azurite, settings));
    }

    /// <summary>A persistent Azurite on free ports with its data in a new temporary folder.</summary>
    public static async Task<(AzuriteProcess Azurite, AzuriteSettings Settings)> StartAzuriteAsync(string label)
    {
        var root = RepositoryPaths.FindRoot("tools/azurite") ?? throw new InvalidOperationException("tools/azurite/package.json not found.");
        var settings = new AzuriteSettings
        {
            PackageDirectory = Path.Combine(root, "tools", "azurite"),
            DataDirectory = Directory.CreateTempSubdirectory(label).FullName,
        };
        return (await AzuriteProcess.StartAsync(settings), settings);
    }
}
