using CaseIngest.LocalHost;
using CaseIngest.Functions.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseIngest.Functions.Tests.Hosting;

/// <summary>Settings are validated when the app starts: the app's own registrations, checked the way the host checks them.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StartupTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("CaseIngest:StorageConnectionString", "", "StorageConnectionString")]
    [InlineData("CaseIngest:ContainerName", "Not_A_Container", "ContainerName")]
    [InlineData("CaseIngest:MaxDocumentBytes", "10", "MaxDocumentBytes")]
    [InlineData("CaseIngest:DrugBankVocabularyPath", "/no/such/vocabulary.csv", "DrugBankVocabularyPath")]
    [InlineData("CaseIngest:MarkerGeneListPath", "/no/such/genes.tsv", "MarkerGeneListPath")]
    [InlineData("CaseIngest:Local:PollIntervalMilliseconds", "5", "PollIntervalMilliseconds")]
    public async Task InvalidSettingsStopTheAppAtStart(string key, string value, string named)
    {
        await using var app = Build(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidSettingsPassTheStartCheck()
    {
        await using var app = Build([]);

        app.Services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("case-reports", app.Services.GetRequiredService<IOptions<CaseIngestOptions>>().Value.ContainerName);
    }

    [Theory]
    [InlineData(new[] { "--in-memory" }, new[] { "--CaseIngest:Local:InMemory=true" })]
    [InlineData(new[] { "--clean", "--urls", "http://127.0.0.1:9000" }, new[] { "--CaseIngest:Local:InMemory=true", "--urls", "http://127.0.0.1:9000" })]
    [InlineData(new string[0], new string[0])]
    public void ShortSwitchesBecomeSettings(string[] args, string[] expected)
    {
        Assert.Equal(expected, RunArguments.Translate(args));
    }

    private WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["CaseIngest:StorageConnectionString"] = azurite.ConnectionString });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddLocalHost();
        return builder.Build();
    }
}
