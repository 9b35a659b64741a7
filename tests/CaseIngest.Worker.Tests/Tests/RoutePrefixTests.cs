using System.Text.Json;
using CaseIngest.Worker.Tests.Host;
using CaseIngest.Worker.Tests.Support;

namespace CaseIngest.Worker.Tests.Tests;

/// <summary>The host double puts host.json's route prefix before every HTTP function's route, as the host does.</summary>
[Collection(WorkerCollection.Name)]
public sealed class RoutePrefixTests(WorkerHostFixture fixture)
{
    [Fact]
    public void TheAppsHostJsonPrefixIsUsed()
    {
        using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Host.AppDirectory, "host.json")));

        Assert.Equal(HostRoutePrefix.Parse(hostJson.RootElement), fixture.Http.RoutePrefix);
        Assert.Equal("", fixture.Http.RoutePrefix);
    }

    [Theory]
    [InlineData("{}", "api")]
    [InlineData("""{"extensions":{"http":{}}}""", "api")]
    [InlineData("""{"extensions":{"http":{"routePrefix":""}}}""", "")]
    [InlineData("""{"extensions":{"http":{"routePrefix":"/v1/"}}}""", "v1")]
    public void APrefixIsReadOrDefaultsToApi(string hostJson, string expected)
    {
        using var document = JsonDocument.Parse(hostJson);

        Assert.Equal(expected, HostRoutePrefix.Parse(document.RootElement));
    }

    [Theory]
    [InlineData("", "api/cases/{id}", "api/cases/{id}")]
    [InlineData("api", "cases/{id}", "api/cases/{id}")]
    [InlineData("", "{root:maxlength(0)?}", "{root:maxlength(0)?}")]
    public void TheTemplateJoinsPrefixAndRoute(string prefix, string route, string expected) =>
        Assert.Equal(expected, HostRoutePrefix.Template(prefix, route));
}
