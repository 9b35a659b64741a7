using System.Text.Json.Nodes;
using CaseIngest.Deploy.Tests.Support;

namespace CaseIngest.Deploy.Tests.Infrastructure;

/// <summary>infra/main.bicep compiled once to its ARM JSON, shared by the tests of one class.</summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    public static string MainBicep => Repository.File("infra", "main.bicep");

    internal CommandResult Build { get; private set; } = new("bicep build", -1, "", "");

    public JsonObject Template { get; private set; } = [];

    public JsonObject Parameters => Template["parameters"]!.AsObject();

    public JsonObject Variables => Template["variables"]!.AsObject();

    public JsonObject Outputs => Template["outputs"]!.AsObject();

    public IEnumerable<JsonObject> Resources => Template["resources"]!.AsArray().Select(resource => resource!.AsObject());

    public async Task InitializeAsync()
    {
        Build = await BicepCli.BuildToStdoutAsync(MainBicep);
        if (Build.ExitCode != 0)
        {
            throw new InvalidOperationException(Build.Describe());
        }

        Template = JsonNode.Parse(Build.StandardOutput)!.AsObject();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public IReadOnlyList<JsonObject> OfType(string type) =>
        [.. Resources.Where(resource => string.Equals((string?)resource["type"], type, StringComparison.OrdinalIgnoreCase))];

    /// <summary>A value of the template with its expressions evaluated for the default parameters and <paramref name="parameters"/>.</summary>
    public JsonNode? Evaluate(JsonNode? value, IReadOnlyDictionary<string, JsonNode?>? parameters = null) =>
        new ArmExpression(Template, parameters).Evaluate(value);

    /// <summary>The function app's settings, name to value, as a deployment with these parameters would set them.</summary>
    public Dictionary<string, string?> AppSettings(IReadOnlyDictionary<string, JsonNode?>? parameters = null)
    {
        var settings = Evaluate(Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"], parameters)!.AsArray();
        var names = settings.Select(setting => (string)setting!["name"]!).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        return settings.ToDictionary(setting => (string)setting!["name"]!, setting => setting!["value"]?.ToString(), StringComparer.Ordinal);
    }

    public JsonObject Single(string type)
    {
        var resources = OfType(type);
        Assert.True(resources.Count == 1, $"expected one {type}, found {resources.Count}");
        return resources[0];
    }
}
