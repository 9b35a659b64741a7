using CaseIngest.Functions.Hosting;
using CaseIngest.Functions.Tests.Support;
using Microsoft.Extensions.Options;

namespace CaseIngest.Functions.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class StartupTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("CaseIngest:ContainerName", "Not_A_Container", "ContainerName")]
    [InlineData("CaseIngest:MaxDocumentBytes", "10", "MaxDocumentBytes")]
    [InlineData("CaseIngest:Local:PollIntervalMilliseconds", "5", "PollIntervalMilliseconds")]
    public void InvalidSettingsStopTheAppAtStart(string key, string value, string named)
    {
        _ = azurite.ConnectionString;
        using var factory = new CaseIngestFactory(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingStorageStopsTheAppAtStartWhenLocalModeMayNotStartAzurite()
    {
        _ = azurite.ConnectionString;
        using var factory = new CaseIngestFactory(new Dictionary<string, string?>
        {
            ["CaseIngest:StorageConnectionString"] = "",
            ["CaseIngest:Local:StartAzurite"] = "false",
        });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("StorageConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--in-memory" }, new[] { "--CaseIngest:Local:InMemory=true" })]
    [InlineData(new[] { "--clean", "--urls", "http://127.0.0.1:9000" }, new[] { "--CaseIngest:Local:InMemory=true", "--urls", "http://127.0.0.1:9000" })]
    [InlineData(new string[0], new string[0])]
    public void ShortSwitchesBecomeSettings(string[] args, string[] expected)
    {
        Assert.Equal(expected, RunMode.TranslateArguments(args));
    }
}
