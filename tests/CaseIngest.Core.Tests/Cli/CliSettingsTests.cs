using System.Text.Json;
using CaseIngest.Application;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseIngest.Core.Tests.Cli;

/// <summary>Settings read without a service container bind and fail as the registered settings do.</summary>
public sealed class CliSettingsTests
{
    public static TheoryData<string, string> Valid => new()
    {
        { "CaseIngest:StorageConnectionString", "UseDevelopmentStorage=true" },
        { "CaseIngest:MaxDocumentBytes", "2097152" },
        { "CaseIngest:ContainerName", "case-reports" },
        { "CaseIngest:BlobServiceUri", "https://account.blob.core.windows.net/" },
        { "CaseIngest:StorageRetryDelayMilliseconds", "100" },
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "CaseIngest:MaxDocumentBytes", "5" },
        { "CaseIngest:ContainerName", "Case_Reports" },
        { "CaseIngest:StorageMaxRetries", "11" },
        { "CaseIngest:DrugBankVocabularyPath", "/nonexistent/drugbank.csv" },
        { "CaseIngest:StorageConnectionString", "" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void ValidSettingsBindToTheSameValues(string key, string value)
    {
        var configuration = Configuration(key, value);

        var read = CaseIngestServiceCollectionExtensions.ReadOptions(configuration);

        Assert.Equal(JsonSerializer.Serialize(Registered(configuration)), JsonSerializer.Serialize(read));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void InvalidSettingsFailWithTheSameMessage(string key, string value)
    {
        var configuration = Configuration(key, value);

        var read = Assert.Throws<OptionsValidationException>(() => CaseIngestServiceCollectionExtensions.ReadOptions(configuration));
        var registered = Assert.Throws<OptionsValidationException>(() => Registered(configuration));

        Assert.Equal(registered.Message, read.Message);
        Assert.Equal(registered.Failures, read.Failures);
    }

    private static IConfiguration Configuration(string key, string value)
    {
        var settings = new Dictionary<string, string?> { ["CaseIngest:StorageConnectionString"] = "UseDevelopmentStorage=true", [key] = value };
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private static CaseIngestOptions Registered(IConfiguration configuration)
    {
        using var services = new ServiceCollection().AddCaseIngest(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<CaseIngestOptions>>().Value;
    }
}
