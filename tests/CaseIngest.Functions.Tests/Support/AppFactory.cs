using CaseIngest.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>
/// The local host in memory with a chosen engine, extra settings and,
/// optionally, a logger provider that sees everything the app's logging configuration lets through.
/// </summary>
public abstract class AppFactory<TEntryPoint>(
    IReadOnlyDictionary<string, string?>? settings,
    CaseEngine? engine,
    ILoggerProvider? logs) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        // the engine and the options it was built from, registered together so the size limit is the engine's
        var registered = engine ?? TestEngine.Keywords;
        builder.ConfigureServices(services => services.AddSingleton(registered).AddSingleton(registered.Options));
        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }
}
