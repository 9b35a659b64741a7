using System.Text.Json;
using CaseIngest.Cli;
using CaseIngest.Core.Json;
using CaseIngest.Core.Model;
using CaseIngest.Core.Vocabulary;

namespace CaseIngest.Core.Tests.Cli;

/// <summary>The CLI's JSON comes from metadata generated at build time and reads as the reflection-based JSON did.</summary>
public sealed class CliJsonTests
{
    [Fact]
    public void InterpretationsPrintAsTheApiWritesThemWithWebOptions()
    {
        IReadOnlyDictionary<string, IReadOnlyList<Interpretation>> interpretedAs = new Dictionary<string, IReadOnlyList<Interpretation>>(StringComparer.Ordinal)
        {
            ["diagnosis"] = [new Interpretation("sarcoma", "OncoTree", "lexicon", ["SARCOMA", "OS"])],
            ["drug"] = [new Interpretation("keytruda", "pembrolizumab", "brand name")],
        };

        var printed = CliQuery.InterpretedAs(interpretedAs);

        Assert.Equal("interpretedAs: " + JsonSerializer.Serialize(interpretedAs, JsonSerializerOptions.Web), printed);
        Assert.Contains("\"oncoTree\":[\"SARCOMA\",\"OS\"]", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void ARejectionSerialisesFromGeneratedMetadataInTheContractsForm()
    {
        var rejection = new RejectedDocument(new RejectedDocumentInfo("reports/ä.txt"), new ExtractionError(ErrorCodes.Unreadable, "The file cannot be read."));

        var json = CaseJson.Serialize(rejection);

        Assert.Equal(JsonSerializer.Serialize(rejection, CaseJson.Options), json);
        Assert.StartsWith("{\"document\":{\"name\":\"reports/ä.txt\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"unreadable\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MetadataPreparedOnOtherThreadsWritesTheSameJson()
    {
        var rejection = new RejectedDocument(new RejectedDocumentInfo("reports/ä.txt"), new ExtractionError(ErrorCodes.TooLarge, "The document is larger than the limit."));
        var threads = Enumerable.Range(0, 4).Select(i => new Thread(() => CaseJson.Prepare(indented: i % 2 == 1))).ToList();

        threads.ForEach(t => t.Start());
        var compact = CaseJson.Serialize(rejection);
        threads.ForEach(t => t.Join());
        var indented = CaseJson.Serialize(rejection, indented: true);

        // copies of the options hold their own metadata, built here from the same generated context
        Assert.Equal(JsonSerializer.Serialize(rejection, new JsonSerializerOptions(CaseJson.Options)), compact);
        Assert.Equal(JsonSerializer.Serialize(rejection, new JsonSerializerOptions(CaseJson.IndentedOptions)), indented);
        Assert.Contains('\n', indented);
        Assert.DoesNotContain('\n', compact);
    }
}
