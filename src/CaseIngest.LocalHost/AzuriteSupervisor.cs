using System.Diagnostics;
using CaseIngest.Storage;

namespace CaseIngest.LocalHost;

/// <summary>
/// Runs the Azurite that local mode started: when it exits while the host runs (killed, crashed), the exit is logged
/// once, the emulator is started again on the same ports and data folder, the container, tables and queue are created
/// again if they are gone (an in-memory emulator starts empty), and every blob is checked against its record. When the
/// host stops, the emulator stops with it.
/// </summary>
internal sealed class AzuriteSupervisor(
    RunningAzurite running,
    AzuriteSettings settings,
    StorageOutage outage,
    ContainerChanges changes,
    StorageCreation creation,
    ILogger<AzuriteSupervisor> logger) : BackgroundService
{
    private static readonly TimeSpan MaxRetryPause = TimeSpan.FromSeconds(10);

    /// <summary>The settings a restart uses: the ports the first start was given, so connection strings stay valid.</summary>
    public AzuriteSettings Settings { get; } = settings with { BlobPort = running.Current.BlobPort, QueuePort = running.Current.QueuePort, TablePort = running.Current.TablePort };

    /// <summary>The emulator process running now.</summary>
    public AzuriteProcess Current => running.Current;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LocalHostLog.AzuriteRunning(logger, Current.ProcessId, Current.BlobPort, Current.QueuePort, Current.TablePort);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var exited = Current;
                await exited.WaitForExitAsync(stoppingToken).ConfigureAwait(false);
                outage.EmulatorDown = true;
                LocalHostLog.AzuriteExited(logger, exited.ProcessId, exited.ExitCode);
                await exited.DisposeAsync().ConfigureAwait(false);

                var clock = Stopwatch.StartNew();
                var restarted = await RestartAsync(stoppingToken).ConfigureAwait(false);
                running.Current = restarted;
                await creation.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
                outage.EmulatorDown = false;
                LocalHostLog.AzuriteRestarted(logger, restarted.ProcessId, clock.ElapsedMilliseconds);
                changes.RequestReconcile();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; StopAsync stops the emulator.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await Current.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<AzuriteProcess> RestartAsync(CancellationToken cancellationToken)
    {
        var pause = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AzuriteProcess.StartAsync(Settings, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException)
            {
                // Logged once; the ports can stay taken for a moment after a kill.
                if (attempt == 1)
                {
                    LocalHostLog.AzuriteRestartFailed(logger, StorageFailures.Describe(ex));
                }
            }

            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxRetryPause.Ticks));
        }
    }
}
