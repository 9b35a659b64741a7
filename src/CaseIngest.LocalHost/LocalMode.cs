using System.Net.Sockets;
using CaseIngest.Application;

namespace CaseIngest.LocalHost;

/// <summary>
/// Local mode, decided before the app is built: with no storage configured, it starts Azurite (persistent in
/// <c>.azurite/</c>, or in memory with <c>--in-memory</c>), points the storage setting at it and serves on
/// http://127.0.0.1:7071.
/// </summary>
public static class LocalMode
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    public static Task ConfigureAsync(WebApplicationBuilder builder, CancellationToken cancellationToken = default) =>
        ConfigureAsync(builder, StartupMessages.None, cancellationToken);

    public static async Task ConfigureAsync(WebApplicationBuilder builder, StartupMessages messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(messages);
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        else if (!LoopbackUrls.AreLoopback(configuration["urls"]!))
        {
            throw new InvalidOperationException("Local mode serves on the loopback interface only: use http://127.0.0.1:<port> in --urls.");
        }

        var local = configuration.GetSection(LocalModeOptions.Section).Get<LocalModeOptions>() ?? new LocalModeOptions();
        var storage = configuration.GetSection(CaseIngestOptions.Section);
        if (!local.StartAzurite || !string.IsNullOrEmpty(storage["StorageConnectionString"]) || !string.IsNullOrEmpty(storage["BlobServiceUri"]))
        {
            messages.ConfiguredStorage();
            return;
        }

        string connection;
        if (!local.InMemory && await IsListeningAsync(local.BlobPort, cancellationToken).ConfigureAwait(false))
        {
            // An emulator already serves the default ports (a second run, or one started by hand): share it.
            connection = AzuriteConnection.For(local.BlobPort, local.QueuePort, local.TablePort);
            messages.SharingEmulator(local.BlobPort);
        }
        else
        {
            var root = RepositoryPaths.FindRoot(local.AzuriteDirectory);
            var settings = new AzuriteSettings
            {
                PackageDirectory = RepositoryPaths.Resolve(root, local.AzuriteDirectory),
                DataDirectory = local.InMemory ? null : RepositoryPaths.Resolve(root, local.DataDirectory),
                BlobPort = local.InMemory ? 0 : local.BlobPort,
                QueuePort = local.InMemory ? 0 : local.QueuePort,
                TablePort = local.InMemory ? 0 : local.TablePort,
            };
            if (!Directory.Exists(Path.Combine(settings.PackageDirectory, "node_modules", "azurite")))
            {
                messages.Installing(local.AzuriteDirectory);
            }

            messages.StartingStorage(local.InMemory, local.DataDirectory);
            var azurite = await AzuriteProcess.StartAsync(settings, cancellationToken).ConfigureAwait(false);

            // Restarted if it exits while the host runs, stopped when the host stops (and by itself if the host dies).
            builder.Services.AddAzuriteSupervision(azurite, settings);
            connection = azurite.ConnectionString;
            messages.StorageReady(azurite.BlobPort, azurite.QueuePort, azurite.TablePort);
        }

        configuration[CaseIngestOptions.Section + ":StorageConnectionString"] = connection;
    }

    private static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        if (port == 0)
        {
            return false;
        }

        using var client = new TcpClient();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMilliseconds(500));
            await client.ConnectAsync("127.0.0.1", port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
