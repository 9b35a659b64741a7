using System.Text.Json.Nodes;

namespace CaseIngest.Deploy.Tests.Infrastructure;

/// <summary>The optional Azure AI Language resource: off by default, Entra ID only, reachable by the app's identity.</summary>
public sealed class TextAnalyticsTemplateTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    private const string Accounts = "Microsoft.CognitiveServices/accounts";
    private const string CognitiveServicesUser = "a97b65f3-24c7-4388-baec-2e87135dc908";
    private const string EndpointSetting = "CaseIngest__TextAnalytics__Endpoint";

    private static readonly Dictionary<string, JsonNode?> Enabled = new() { ["enableTextAnalytics"] = true };

    [Fact]
    public void TheLanguageResourceIsOffByDefault()
    {
        Assert.Equal("bool", (string?)compiled.Parameters["enableTextAnalytics"]!["type"]);
        Assert.False((bool)compiled.Parameters["enableTextAnalytics"]!["defaultValue"]!);
        Assert.Equal("[parameters('enableTextAnalytics')]", (string?)compiled.Single(Accounts)["condition"]);
        Assert.DoesNotContain(EndpointSetting, compiled.AppSettings().Keys);
        Assert.Equal("", compiled.Evaluate(compiled.Outputs["textAnalyticsEndpoint"]!["value"])!.ToString());
    }

    [Fact]
    public void TheLanguageResourceIsATextAnalyticsAccountWithoutKeys()
    {
        var account = compiled.Single(Accounts);
        var properties = account["properties"]!;

        Assert.Equal("TextAnalytics", (string?)account["kind"]);
        Assert.True((bool)properties["disableLocalAuth"]!);
        Assert.Equal("[variables('languageAccountName')]", (string?)properties["customSubDomainName"]);
        Assert.Equal("S", compiled.Evaluate(account["sku"]!["name"])!.ToString());
    }

    [Fact]
    public void TheAppIdentityIsACognitiveServicesUserOfTheAccount()
    {
        Assert.Equal(CognitiveServicesUser, (string?)compiled.Variables["cognitiveServicesUserRole"]);

        var assignment = compiled.OfType("Microsoft.Authorization/roleAssignments")
            .Single(resource => ((string?)resource["properties"]!["roleDefinitionId"])!.Contains("cognitiveServicesUserRole", StringComparison.Ordinal));
        Assert.Equal("[parameters('enableTextAnalytics')]", (string?)assignment["condition"]);
        Assert.Contains(Accounts, (string?)assignment["scope"], StringComparison.Ordinal);
        CompiledTemplateTests.AssertGrantedToTheFunctionApp(assignment);
    }

    [Fact]
    public void WhenEnabledTheAppGetsTheAccountEndpoint()
    {
        var settings = compiled.AppSettings(Enabled);

        Assert.True(settings.ContainsKey(EndpointSetting), $"missing app setting {EndpointSetting}");
        Assert.StartsWith($"reference(resourceId('{Accounts}', ", settings[EndpointSetting], StringComparison.Ordinal);
        Assert.EndsWith(".endpoint", settings[EndpointSetting], StringComparison.Ordinal);
        Assert.DoesNotContain(settings.Keys, name => name.StartsWith("CaseIngest__TextAnalytics__Key", StringComparison.Ordinal));
        Assert.EndsWith(".endpoint", compiled.Evaluate(compiled.Outputs["textAnalyticsEndpoint"]!["value"], Enabled)!.ToString(), StringComparison.Ordinal);
    }
}
