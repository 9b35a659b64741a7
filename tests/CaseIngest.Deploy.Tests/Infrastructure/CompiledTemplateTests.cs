using System.Text.Json.Nodes;
using CaseIngest.Deploy.Tests.Support;

namespace CaseIngest.Deploy.Tests.Infrastructure;

public sealed class CompiledTemplateTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    private const string StorageAccounts = "Microsoft.Storage/storageAccounts";
    private const string Sites = "Microsoft.Web/sites";
    private const string RoleAssignments = "Microsoft.Authorization/roleAssignments";
    private const string EventSubscriptions = "Microsoft.EventGrid/systemTopics/eventSubscriptions";
    private const string Queues = "Microsoft.Storage/storageAccounts/queueServices/queues";

    [Fact]
    public void StorageAccountAcceptsOnlyIdentityAccess()
    {
        var properties = compiled.Single(StorageAccounts)["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["defaultToOAuthAuthentication"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void NothingReadsAStorageAccountKey()
    {
        Assert.DoesNotContain("listKeys(resourceId('Microsoft.Storage", compiled.Build.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey=", compiled.Build.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void IngestAndDeploymentContainersAreCreated()
    {
        Assert.Equal("case-reports", (string?)compiled.Parameters["ingestContainerName"]!["defaultValue"]);

        var names = compiled.OfType("Microsoft.Storage/storageAccounts/blobServices/containers")
            .Select(container => (string)container["name"]!)
            .ToList();
        Assert.Equal(2, names.Count);
        Assert.Contains(names, name => name.Contains("parameters('ingestContainerName')", StringComparison.Ordinal));
        Assert.Contains(names, name => name.Contains("variables('deploymentContainerName')", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFourTablesAreCreated()
    {
        var tableNames = compiled.Variables["tableNames"]!.AsArray().Select(name => (string)name!);
        Assert.Equal(["Cases", "Facts", "CaseIndex", "Rejections"], tableNames);

        var tables = compiled.Single("Microsoft.Storage/storageAccounts/tableServices/tables");
        Assert.Equal("[length(variables('tableNames'))]", (string?)tables["copy"]!["count"]);
    }

    [Fact]
    public void PlanIsFlexConsumption()
    {
        var plan = compiled.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);
    }

    [Fact]
    public void FunctionAppRunsTheDotnet10IsolatedWorkerWithASystemAssignedIdentity()
    {
        var site = compiled.Single(Sites);
        var config = site["properties"]!["functionAppConfig"]!;

        Assert.Equal("2024-04-01", (string?)site["apiVersion"]);
        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.Equal("SystemAssigned", (string?)site["identity"]!["type"]);
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
    }

    [Fact]
    public void PackageIsDeployedFromTheDeploymentContainerWithTheAppIdentity()
    {
        var storage = compiled.Single(Sites)["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;

        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Equal("SystemAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Contains("variables('deploymentContainerName')", (string?)storage["value"], StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationInsightsRejectsKeyIngestionAndUsesTheWorkspace()
    {
        var properties = compiled.Single("Microsoft.Insights/components")["properties"]!;

        Assert.True((bool)properties["DisableLocalAuth"]!);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string?)properties["WorkspaceResourceId"], StringComparison.Ordinal);
        Assert.Single(compiled.OfType("Microsoft.OperationalInsights/workspaces"));
    }

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b")] // Storage Blob Data Owner
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88")] // Storage Queue Data Contributor
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3")] // Storage Table Data Contributor
    public void FunctionAppIdentityHoldsStorageRole(string roleId)
    {
        Assert.Contains(roleId, compiled.Variables["functionAppStorageRoles"]!.AsArray().Select(role => (string?)role));

        var assignment = compiled.OfType(RoleAssignments)
            .Single(resource => (string?)resource["copy"]?["count"] == "[length(variables('functionAppStorageRoles'))]");
        Assert.Contains(StorageAccounts, (string?)assignment["scope"], StringComparison.Ordinal);
        Assert.Contains("variables('functionAppStorageRoles')[copyIndex()]", (string?)assignment["properties"]!["roleDefinitionId"], StringComparison.Ordinal);
        AssertGrantedToTheFunctionApp(assignment);
    }

    [Fact]
    public void FunctionAppIdentityPublishesMetricsToApplicationInsights()
    {
        Assert.Equal("3913510d-42f4-4e42-8a64-420c390055eb", (string?)compiled.Variables["monitoringMetricsPublisherRole"]);

        var assignment = compiled.OfType(RoleAssignments)
            .Single(resource => ((string?)resource["properties"]!["roleDefinitionId"])!.Contains("monitoringMetricsPublisherRole", StringComparison.Ordinal));
        Assert.Contains("Microsoft.Insights/components", (string?)assignment["scope"], StringComparison.Ordinal);
        AssertGrantedToTheFunctionApp(assignment);
    }

    [Fact]
    public void EventGridSystemTopicWatchesTheStorageAccount()
    {
        var topic = compiled.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)topic["properties"]!["topicType"]);
        Assert.Contains(StorageAccounts, (string?)topic["properties"]!["source"], StringComparison.Ordinal);
    }

    [Fact]
    public void EventSubscriptionSendsBlobCreatedInTheIngestContainerToTheBlobTrigger()
    {
        var subscription = BlobCreatedSubscription();
        var properties = subscription["properties"]!;
        var filter = properties["filter"]!;
        var endpoint = (string?)properties["destination"]!["properties"]!["endpointUrl"];

        Assert.Equal("[parameters('deployEventSubscription')]", (string?)subscription["condition"]);
        Assert.Equal(["Microsoft.Storage.BlobCreated"], filter["includedEventTypes"]!.AsArray().Select(type => (string?)type));
        Assert.Equal("[format('/blobServices/default/containers/{0}/', parameters('ingestContainerName'))]", (string?)filter["subjectBeginsWith"]);
        Assert.Equal("WebHook", (string?)properties["destination"]!["endpointType"]);
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.{", endpoint, StringComparison.Ordinal);
        Assert.Contains("blobs_extension", endpoint, StringComparison.Ordinal);
        Assert.Equal("IngestCaseReport", (string?)compiled.Parameters["ingestFunctionName"]!["defaultValue"]);
    }

    [Fact]
    public void TheWebhookCarriesTheBlobsExtensionSystemKeyOfTheHost()
    {
        var subscription = BlobCreatedSubscription();
        var url = compiled.Evaluate(subscription["properties"]!["destination"]!["properties"]!["endpointUrl"], new Dictionary<string, JsonNode?> { ["deployEventSubscription"] = true })!.ToString();
        var withoutSubscription = compiled.Evaluate(subscription["properties"]!["destination"]!["properties"]!["endpointUrl"])!.ToString();

        Assert.StartsWith("https://reference(resourceId('Microsoft.Web/sites', ", url, StringComparison.Ordinal);
        Assert.Contains(".defaultHostName/runtime/webhooks/blobs?functionName=Host.Functions.IngestCaseReport&code=listKeys(", url, StringComparison.Ordinal);
        Assert.EndsWith(".systemKeys.blobs_extension", url, StringComparison.Ordinal);
        Assert.Contains("{0}/host/default", url, StringComparison.Ordinal);
        Assert.EndsWith("&code=", withoutSubscription, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReprocessQueueIsCreatedInTheStorageAccount()
    {
        Assert.Equal("case-reprocess", (string?)compiled.Parameters["reprocessQueueName"]!["defaultValue"]);

        var queue = Assert.Single(compiled.OfType(Queues), queue => ((string)queue["name"]!).Contains("parameters('reprocessQueueName')", StringComparison.Ordinal));
        Assert.Equal("[format('{0}/{1}/{2}', variables('storageAccountName'), 'default', parameters('reprocessQueueName'))]", (string?)queue["name"]);
        Assert.Single(compiled.OfType("Microsoft.Storage/storageAccounts/queueServices"));
        Assert.Equal("case-reprocess", compiled.Evaluate(compiled.Outputs["reprocessQueueName"]!["value"])!.ToString());
    }

    [Fact]
    public void TheBlobDeletedQueueIsCreatedInTheStorageAccount()
    {
        Assert.Equal("blob-deleted", (string?)compiled.Parameters["blobDeletedQueueName"]!["defaultValue"]);

        var queue = Assert.Single(compiled.OfType(Queues), queue => ((string)queue["name"]!).Contains("parameters('blobDeletedQueueName')", StringComparison.Ordinal));
        Assert.Equal("[format('{0}/{1}/{2}', variables('storageAccountName'), 'default', parameters('blobDeletedQueueName'))]", (string?)queue["name"]);
        Assert.Equal("blob-deleted", compiled.Evaluate(compiled.Outputs["blobDeletedQueueName"]!["value"])!.ToString());
    }

    [Fact]
    public void BlobDeletedEventsOfTheIngestContainerGoToTheQueueWithTheTopicsIdentity()
    {
        var subscription = BlobDeletedSubscription();
        var properties = subscription["properties"]!;
        var delivery = properties["deliveryWithResourceIdentity"]!;
        var destination = delivery["destination"]!;
        var filter = properties["filter"]!;

        Assert.Null(subscription["condition"]);
        Assert.Null(properties["destination"]);
        Assert.Equal("SystemAssigned", (string?)delivery["identity"]!["type"]);
        Assert.Equal("StorageQueue", (string?)destination["endpointType"]);
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', variables('storageAccountName'))]", (string?)destination["properties"]!["resourceId"]);
        Assert.Equal("[parameters('blobDeletedQueueName')]", (string?)destination["properties"]!["queueName"]);
        Assert.Equal(-1, (int)destination["properties"]!["queueMessageTimeToLiveInSeconds"]!);
        Assert.Equal(["Microsoft.Storage.BlobDeleted"], filter["includedEventTypes"]!.AsArray().Select(type => (string?)type));
        Assert.Equal("[format('/blobServices/default/containers/{0}/', parameters('ingestContainerName'))]", (string?)filter["subjectBeginsWith"]);
        Assert.Equal("EventGridSchema", (string?)properties["eventDeliverySchema"]);
        Assert.Equal("2025-02-15", (string?)subscription["apiVersion"]);
        Assert.Contains(subscription["dependsOn"]!.AsArray(), dependency => ((string?)dependency)!.Contains(RoleAssignments, StringComparison.Ordinal));
    }

    [Fact]
    public void TheSystemTopicsIdentityMaySendQueueMessagesToTheStorageAccount()
    {
        Assert.Equal("SystemAssigned", (string?)compiled.Single("Microsoft.EventGrid/systemTopics")["identity"]!["type"]);
        Assert.Equal("c6a89b2d-59bc-44d0-9896-0f6e12d7b80a", (string?)compiled.Variables["queueMessageSenderRole"]);

        var assignment = compiled.OfType(RoleAssignments)
            .Single(resource => ((string?)resource["properties"]!["roleDefinitionId"])!.Contains("queueMessageSenderRole", StringComparison.Ordinal));
        Assert.Null(assignment["condition"]);
        Assert.Contains(StorageAccounts, (string?)assignment["scope"], StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
        Assert.Contains("Microsoft.EventGrid/systemTopics", (string?)assignment["properties"]!["principalId"], StringComparison.Ordinal);
        Assert.Contains("identity.principalId", (string?)assignment["properties"]!["principalId"], StringComparison.Ordinal);
    }

    [Fact]
    public void EventSubscriptionIsOffUntilThePackageIsDeployed()
    {
        Assert.False((bool)compiled.Parameters["deployEventSubscription"]!["defaultValue"]!);
    }

    [Theory]
    [InlineData("functionAppName")]
    [InlineData("functionAppHostName")]
    [InlineData("storageAccountName")]
    [InlineData("ingestContainerName")]
    [InlineData("deploymentContainerName")]
    [InlineData("applicationInsightsName")]
    [InlineData("eventGridSystemTopicName")]
    [InlineData("blobDeletedQueueName")]
    public void DeploymentOutputs(string output)
    {
        Assert.True(compiled.Outputs.ContainsKey(output), $"missing output {output}");
    }

    [Fact]
    public void ParametersFileSetsOnlyDeclaredParameters()
    {
        var file = JsonNode.Parse(File.ReadAllText(Repository.File("infra", "main.parameters.json")))!;
        var parameters = file["parameters"]!.AsObject();

        Assert.NotEmpty(parameters);
        Assert.All(parameters, parameter => Assert.True(compiled.Parameters.ContainsKey(parameter.Key), $"{parameter.Key} is not a parameter of main.bicep"));
    }

    private JsonObject BlobCreatedSubscription() =>
        compiled.OfType(EventSubscriptions).Single(subscription => (string?)subscription["condition"] == "[parameters('deployEventSubscription')]");

    private JsonObject BlobDeletedSubscription() =>
        compiled.OfType(EventSubscriptions).Single(subscription => ((string?)subscription["name"])!.Contains("delete-", StringComparison.Ordinal));

    internal static void AssertGrantedToTheFunctionApp(JsonObject assignment)
    {
        var properties = assignment["properties"]!;
        Assert.Equal("ServicePrincipal", (string?)properties["principalType"]);
        Assert.Contains("Microsoft.Web/sites", (string?)properties["principalId"], StringComparison.Ordinal);
        Assert.Contains("identity.principalId", (string?)properties["principalId"], StringComparison.Ordinal);
    }
}
