using System.Text.Json.Nodes;

namespace CaseIngest.Deploy.Tests.Infrastructure;

/// <summary>The function app's settings as a deployment sets them: identity-based connections only, no runtime settings on Flex.</summary>
public sealed class AppSettingsTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void NoWorkerRuntimeOrExtensionVersionSettingsOnFlexConsumption()
    {
        var settings = compiled.AppSettings();

        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", settings.Keys);
        Assert.Equal("Authorization=AAD", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", settings.Keys);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage", "AzureWebJobsStorage")]
    [InlineData("TriggerStorage", "AzureWebJobsStorage")]
    [InlineData("TriggerStorage", "TriggerStorage")]
    public void StorageConnectionsAreIdentityBased(string triggerConnection, string connection)
    {
        var settings = compiled.AppSettings(new Dictionary<string, JsonNode?> { ["storageConnectionName"] = triggerConnection });

        Assert.DoesNotContain(connection, settings.Keys);
        Assert.Contains("primaryEndpoints.blob", settings[connection + "__blobServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.queue", settings[connection + "__queueServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.table", settings[connection + "__tableServiceUri"], StringComparison.Ordinal);
        Assert.Equal("managedidentity", settings[connection + "__credential"]);
        Assert.Contains("'Microsoft.Storage/storageAccounts'", settings[connection + "__blobServiceUri"], StringComparison.Ordinal);
    }

    [Fact]
    public void TheTriggersUseTheHostStorageConnectionByDefaultWithoutDuplicateSettings()
    {
        Assert.Equal("AzureWebJobsStorage", (string?)compiled.Parameters["storageConnectionName"]!["defaultValue"]);

        var settings = compiled.AppSettings();

        Assert.Single(settings.Keys, name => name.EndsWith("__blobServiceUri", StringComparison.Ordinal));
        Assert.Single(settings.Keys, name => name.EndsWith("__queueServiceUri", StringComparison.Ordinal));
    }

    [Fact]
    public void NoSettingCarriesAKeyOrAConnectionString()
    {
        var settings = compiled.AppSettings(new Dictionary<string, JsonNode?> { ["enableTextAnalytics"] = true });

        Assert.DoesNotContain("CaseIngest__StorageConnectionString", settings.Keys);
        Assert.DoesNotContain(settings.Keys, name => name.EndsWith("__Key", StringComparison.Ordinal) || name.EndsWith("__accountKey", StringComparison.OrdinalIgnoreCase));
        Assert.All(settings.Values, value => Assert.DoesNotContain("AccountKey=", value ?? "", StringComparison.Ordinal));
        Assert.All(settings.Values, value => Assert.DoesNotContain("listKeys", value ?? "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CaseIngest__BlobServiceUri", "primaryEndpoints.blob")]
    [InlineData("CaseIngest__QueueServiceUri", "primaryEndpoints.queue")]
    [InlineData("CaseIngest__TableServiceUri", "primaryEndpoints.table")]
    [InlineData("CaseIngest__ContainerName", "case-reports")]
    [InlineData("CaseIngest__ReprocessQueueName", "case-reprocess")]
    [InlineData("CaseIngest__BlobDeletedQueueName", "blob-deleted")]
    public void ApplicationSettingsPointAtTheStorageAccount(string name, string expected)
    {
        var settings = compiled.AppSettings();

        Assert.True(settings.ContainsKey(name), $"missing app setting {name}");
        Assert.Contains(expected, settings[name], StringComparison.Ordinal);
    }

    [Fact]
    public void ContainerAndQueueSettingsFollowTheirParameters()
    {
        var settings = compiled.AppSettings(new Dictionary<string, JsonNode?>
        {
            ["ingestContainerName"] = "other-reports",
            ["reprocessQueueName"] = "other-queue",
            ["blobDeletedQueueName"] = "other-deletes",
        });

        Assert.Equal("other-reports", settings["CaseIngest__ContainerName"]);
        Assert.Equal("other-queue", settings["CaseIngest__ReprocessQueueName"]);
        Assert.Equal("other-deletes", settings["CaseIngest__BlobDeletedQueueName"]);
    }
}
