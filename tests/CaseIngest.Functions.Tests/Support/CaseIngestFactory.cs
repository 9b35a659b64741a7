using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Steps;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>The functions app in memory, against the fixture's Azurite, with the keyword extraction step.</summary>
public sealed class CaseIngestFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    internal static CaseEngine Engine { get; } = new(pipeline: new ExtractionPipeline([new KeywordStep(), new FinalizeStep()]));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton(Engine));
    }
}
