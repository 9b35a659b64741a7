using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Browser.Tests.Support;

/// <summary>
/// The local host with its real engine, serving on a free loopback port through Kestrel (a browser needs a real
/// socket), watching the given drop folder, against the fixture's Azurite.
/// </summary>
public sealed class SiteFactory(string dropDirectory) : WebApplicationFactory<CaseIngest.LocalHost.Program>
{
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CaseIngest:Local:Watch", "true");
        builder.UseSetting("CaseIngest:Local:PollIntervalMilliseconds", "200");
        builder.UseSetting("CaseIngest:Local:DropDirectory", dropDirectory);
    }
}
