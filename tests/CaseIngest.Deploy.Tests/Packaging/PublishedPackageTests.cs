using System.IO.Compression;

namespace CaseIngest.Deploy.Tests.Packaging;

public sealed class PublishedPackageTests(PublishedPackage package) : IClassFixture<PublishedPackage>
{
    private const int UnixExecuteBits = 0b001_001_001 << 16;

    [PackageFact]
    public void HostJsonIsAtTheRootAndNamesTheCustomHandler()
    {
        var host = package.ReadJson("host.json");
        var description = host["customHandler"]!["description"]!;

        Assert.Equal("2.0", (string?)host["version"]);
        Assert.Equal("CaseIngest.Functions", (string?)description["defaultExecutablePath"]);
        Assert.Contains(
            description["arguments"]!.AsArray().Select(argument => (string?)argument),
            argument => argument is not null && argument.Contains("%FUNCTIONS_CUSTOMHANDLER_PORT%", StringComparison.Ordinal));
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", (string?)host["extensionBundle"]!["id"]);
    }

    [PackageFact]
    public void TheHandlerNamedByHostJsonIsAnExecutableLinuxProgram()
    {
        var handler = (string)package.ReadJson("host.json")["customHandler"]!["description"]!["defaultExecutablePath"]!;
        var entry = package.Entry(handler);

        Assert.True((entry.ExternalAttributes & UnixExecuteBits) == UnixExecuteBits, $"{handler} lacks the execute bit: {Mode(entry)}");
        Assert.Equal("\u007fELF"u8.ToArray(), package.ReadPrefix(handler, 4));
    }

    [PackageFact]
    public void TheHandlerIsSelfContained()
    {
        var runtimeConfig = package.ReadJson("CaseIngest.Functions.runtimeconfig.json");

        Assert.NotNull(runtimeConfig["runtimeOptions"]!["includedFrameworks"]);
        Assert.Contains("libhostfxr.so", package.Entries.Keys);
        Assert.Contains("libcoreclr.so", package.Entries.Keys);
        Assert.Contains("Microsoft.AspNetCore.dll", package.Entries.Keys);
    }

    [PackageFact]
    public void EveryFunctionFolderHoldsAFunctionJsonWithBindings()
    {
        var functions = FunctionNames();

        Assert.Contains("IngestCaseReport", functions);
        Assert.All(functions, name =>
            Assert.NotEmpty(package.ReadJson($"{name}/function.json")["bindings"]!.AsArray()));
    }

    [PackageFact]
    public void TheIngestFunctionIsAnEventGridBlobTriggerOnTheIngestContainer()
    {
        var trigger = package.ReadJson("IngestCaseReport/function.json")["bindings"]!.AsArray()
            .Single(binding => (string?)binding!["type"] == "blobTrigger")!;

        Assert.StartsWith("case-reports/", (string?)trigger["path"], StringComparison.Ordinal);
        Assert.Equal("EventGrid", (string?)trigger["source"]);
    }

    [PackageFact]
    public void EntriesAreRelativeToTheRootAndCarryNoLocalSettings()
    {
        Assert.All(package.Entries.Keys, name =>
        {
            Assert.False(name.StartsWith('/') || name.StartsWith("./", StringComparison.Ordinal) || name.Contains('\\'), name);
        });
        Assert.DoesNotContain(package.Entries.Keys, name => name.EndsWith("local.settings.json", StringComparison.Ordinal));
    }

    private List<string> FunctionNames() =>
        [.. package.Entries.Keys
            .Where(name => name.EndsWith("/function.json", StringComparison.Ordinal) && name.Count(c => c == '/') == 1)
            .Select(name => name[..name.IndexOf('/', StringComparison.Ordinal)])];

    private static string Mode(ZipArchiveEntry entry) => Convert.ToString((entry.ExternalAttributes >> 16) & 0xFFF, 8);
}
