namespace CaseIngest.LocalHost;

/// <summary>Stops the Azurite that local mode started when the app stops.</summary>
internal sealed class AzuriteLifetime(AzuriteProcess azurite) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await azurite.DisposeAsync().ConfigureAwait(false);
}
