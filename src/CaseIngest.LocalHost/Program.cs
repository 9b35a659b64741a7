using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CaseIngest.LocalHost;

/// <summary>
/// The local host: Azurite (started and stopped with it), the container and tables, the blob and drop-folder
/// watchers and the API on http://127.0.0.1:7071, over the same application core as the function app.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task Main(string[] args)
    {
        var messages = new StartupMessages(Console.Out);
        var builder = WebApplication.CreateBuilder(RunArguments.Translate(args));
        await LocalMode.ConfigureAsync(builder, messages).ConfigureAwait(false);
        builder.AddLocalHost();

        await using var app = builder.Build();
        app.MapLocalHost();
        app.Lifetime.ApplicationStarted.Register(() => messages.Listening(
            app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []));
        await app.RunAsync().ConfigureAwait(false);
    }
}
