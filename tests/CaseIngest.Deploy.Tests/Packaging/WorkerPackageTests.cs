using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseIngest.Deploy.Tests.Support;

namespace CaseIngest.Deploy.Tests.Packaging;

/// <summary>The zip eng/publish.sh writes for the isolated worker, and the folder it was made from.</summary>
public sealed partial class WorkerPackageTests(PublishedPackage package) : IClassFixture<PublishedPackage>
{
    private static readonly string[] RootFiles = ["host.json", "functions.metadata", "worker.config.json", "extensions.json", "CaseIngest.Functions.dll"];

    [WorkerPackageFact]
    public void TheRootHoldsWhatTheFunctionsHostLoads()
    {
        Assert.All(RootFiles, name => Assert.True(File.Exists(Path.Combine(package.PublishFolder, name)), $"the publish folder has no {name}"));
        Assert.True(Directory.EnumerateFiles(Path.Combine(package.PublishFolder, ".azurefunctions")).Any(), "the publish folder has no .azurefunctions/ files");

        Assert.All(RootFiles, name => package.Entry(name));
        Assert.Contains(package.Entries.Keys, name => name.StartsWith(".azurefunctions/", StringComparison.Ordinal) && name.EndsWith(".dll", StringComparison.Ordinal));
        var folder = Directory.EnumerateFiles(package.PublishFolder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(package.PublishFolder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(folder, package.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [WorkerPackageFact]
    public void HostJsonConfiguresNoCustomHandler()
    {
        var host = package.ReadJson("host.json").AsObject();

        Assert.Equal("2.0", (string?)host["version"]);
        Assert.False(host.ContainsKey("customHandler"));
    }

    [WorkerPackageFact]
    public void WorkerConfigRunsTheFunctionAppAssemblyWithDotnet()
    {
        var description = package.ReadJson("worker.config.json")["description"]!;

        Assert.Equal("dotnet-isolated", (string?)description["language"]);
        Assert.Equal("CaseIngest.Functions.dll", (string?)description["defaultWorkerPath"]);
        Assert.Equal("MZ"u8.ToArray(), package.ReadPrefix("CaseIngest.Functions.dll", 2));
    }

    [WorkerPackageFact]
    public void ThePackageIsFrameworkDependent()
    {
        var options = package.ReadJson("CaseIngest.Functions.runtimeconfig.json")["runtimeOptions"]!.AsObject();

        Assert.False(options.ContainsKey("includedFrameworks"));
        List<string?> frameworks = options["frameworks"] is JsonArray list
            ? [.. list.Select(framework => (string?)framework!["name"])]
            : [(string?)options["framework"]!["name"]];
        Assert.Contains(frameworks, name => name is "Microsoft.NETCore.App" or "Microsoft.AspNetCore.App");
        Assert.DoesNotContain(package.Entries.Keys, name => name.EndsWith("libcoreclr.so", StringComparison.Ordinal));
        Assert.DoesNotContain(package.Entries.Keys, name => name.EndsWith("libhostfxr.so", StringComparison.Ordinal));
    }

    [WorkerPackageFact]
    public void TheIngestFunctionIsAnEventGridBlobTriggerOnTheConnectionTheTemplateConfigures()
    {
        var trigger = Bindings("IngestCaseReport").Single(binding => (string?)binding["type"] == "blobTrigger");

        Assert.Equal("EventGrid", (string?)trigger["source"]);
        Assert.EndsWith("/{name}", (string?)trigger["path"], StringComparison.Ordinal);
        Assert.Equal(TemplateDefault("storageConnectionName"), (string?)trigger["connection"]);
        Assert.Equal("IngestCaseReport", TemplateDefault("ingestFunctionName"));
    }

    [WorkerPackageFact]
    public void EveryHttpFunctionRequiresAFunctionKey()
    {
        // The API docs page and the embedded css/js hold no data and are the only anonymous functions.
        string[] anonymous = ["ApiPage", "Asset"];
        var triggers = Functions()
            .SelectMany(function => function["bindings"]!.AsArray()
                .Select(binding => (Name: (string?)function["name"], Binding: binding!.AsObject())))
            .Where(pair => (string?)pair.Binding["type"] == "httpTrigger")
            .ToList();

        Assert.NotEmpty(triggers);
        Assert.Equal(anonymous, triggers
            .Where(pair => ((string?)pair.Binding["authLevel"])?.ToLowerInvariant() == "anonymous")
            .Select(pair => pair.Name!)
            .Order(StringComparer.Ordinal));
        Assert.All(triggers.Where(pair => !anonymous.Contains(pair.Name)),
            pair => Assert.Equal("function", ((string?)pair.Binding["authLevel"])?.ToLowerInvariant()));
    }

    [WorkerPackageFact]
    public void TheReprocessFunctionReadsTheReprocessQueueOnTheTemplatesConnection()
    {
        var trigger = Bindings("ReprocessRequested").Single(binding => (string?)binding["type"] == "queueTrigger");

        Assert.Contains("ReprocessQueueName", (string?)trigger["queueName"], StringComparison.Ordinal);
        Assert.Equal(TemplateDefault("storageConnectionName"), (string?)trigger["connection"]);
    }

    [WorkerPackageFact]
    public void TheDeleteFunctionReadsTheBlobDeletedQueueTheTemplateCreates()
    {
        var trigger = Bindings("DeleteCaseReport").Single(binding => (string?)binding["type"] == "queueTrigger");

        Assert.Equal("%CaseIngest:BlobDeletedQueueName%", (string?)trigger["queueName"]);
        Assert.Equal(TemplateDefault("storageConnectionName"), (string?)trigger["connection"]);
        Assert.Equal("blob-deleted", TemplateDefault("blobDeletedQueueName"));
    }

    [WorkerPackageFact]
    public void ExtensionsJsonNamesTheStorageExtensionsShippedInTheAzureFunctionsFolder()
    {
        var extensions = package.ReadJson("extensions.json")["extensions"]!.AsArray().Select(e => e!.AsObject()).ToList();

        Assert.Contains(extensions, e => ((string?)e["typeName"])!.Contains("Storage.Blobs", StringComparison.Ordinal));
        Assert.Contains(extensions, e => ((string?)e["typeName"])!.Contains("Storage.Queues", StringComparison.Ordinal));
        Assert.All(extensions.Where(e => e["hintPath"] is not null), e =>
        {
            var hint = (string)e["hintPath"]!;
            hint = hint.StartsWith("./", StringComparison.Ordinal) ? hint[2..] : hint;
            Assert.StartsWith(".azurefunctions/", hint, StringComparison.Ordinal);
            package.Entry(hint);
        });
    }

    [WorkerPackageFact]
    public void EntriesAreRelativeToTheRootAndCarryNoLocalSettings()
    {
        Assert.All(package.Entries.Keys, name =>
            Assert.False(name.StartsWith('/') || name.StartsWith("./", StringComparison.Ordinal) || name.Contains('\\'), name));
        Assert.DoesNotContain(package.Entries.Keys, name => name.EndsWith("local.settings.json", StringComparison.Ordinal));
        Assert.DoesNotContain(package.Entries.Keys, name => name.EndsWith(".pdb", StringComparison.Ordinal));
    }

    private List<JsonObject> Functions() =>
        [.. package.ReadJson("functions.metadata").AsArray().Select(function => function!.AsObject())];

    private List<JsonObject> Bindings(string function) =>
        [.. Functions().Single(f => (string?)f["name"] == function)["bindings"]!.AsArray().Select(binding => binding!.AsObject())];

    /// <summary>A parameter's default value in infra/main.bicep, so the package and the template cannot drift apart.</summary>
    private static string TemplateDefault(string parameter)
    {
        var bicep = File.ReadAllText(Repository.File("infra", "main.bicep"));
        var match = ParameterDefault().Matches(bicep).SingleOrDefault(m => m.Groups["name"].Value == parameter);
        Assert.True(match is not null, $"infra/main.bicep declares no string parameter {parameter} with a default");
        return match!.Groups["value"].Value;
    }

    [GeneratedRegex(@"^param (?<name>\w+) string = '(?<value>[^']*)'$", RegexOptions.Multiline)]
    private static partial Regex ParameterDefault();
}
