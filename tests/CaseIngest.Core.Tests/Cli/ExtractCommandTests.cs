using System.Text;
using System.Text.Json;
using CaseIngest.Cli;
using CaseIngest.Core.Json;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Cli;

public sealed class ExtractCommandTests
{
    [Fact]
    public void PrintsOneJsonLinePerFileInOrderAndFailsAfterProcessingTheRest()
    {
        var good = Corpus.File("cases-io", "medrbench-PMC11433725.txt");
        var xml = Corpus.File("pubmed-xml", "metapub", "25364329.xml");
        var missing = Path.Combine(Path.GetTempPath(), "caseingest-missing-" + Guid.NewGuid().ToString("N") + ".txt");
        using var output = new MemoryStream();
        var error = new StringWriter();

        var exit = ExtractCommand.Run([good, missing, xml], pretty: false, includeText: false, new EngineOptions(), output, error);

        Assert.Equal(1, exit);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal(good, first.RootElement.GetProperty("document").GetProperty("name").GetString());
        Assert.False(first.RootElement.GetProperty("document").TryGetProperty("text", out _));
        Assert.Equal("unreadable", second.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(xml, third.RootElement.GetProperty("document").GetProperty("name").GetString());
        Assert.Contains(missing, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void IncludeTextAddsTheDocumentTextAndPrettyIndents()
    {
        var path = Corpus.File("cases-io", "e3c-EN114090.txt");
        using var output = new MemoryStream();

        var exit = ExtractCommand.Run([path], pretty: true, includeText: true, new EngineOptions(), output, TextWriter.Null);

        Assert.Equal(0, exit);
        var json = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("\n  \"document\": {", json, StringComparison.Ordinal);
        using var record = JsonDocument.Parse(json);
        var document = record.RootElement.GetProperty("document");
        Assert.Equal(document.GetProperty("length").GetInt32(), document.GetProperty("text").GetString()!.Length);
    }

    [Fact]
    public void ARejectedDocumentPrintsItsStableCode()
    {
        var path = Path.Combine(Path.GetTempPath(), "caseingest-empty-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, []);
        try
        {
            using var output = new MemoryStream();
            var exit = ExtractCommand.Run([path], pretty: false, includeText: false, new EngineOptions(), output, TextWriter.Null);
            Assert.Equal(1, exit);
            using var line = JsonDocument.Parse(Encoding.UTF8.GetString(output.ToArray()));
            Assert.Equal("empty", line.RootElement.GetProperty("error").GetProperty("code").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WritesEachRecordAsTheUtf8OfItsJsonFollowedByALineEnd()
    {
        var first = Corpus.File("cases-io", "e3c-EN114090.txt");
        var second = Corpus.File("pubmed-xml", "metapub", "25364329.xml");
        var engine = new CaseEngine();
        using var output = new MemoryStream();

        var exit = ExtractCommand.Run([first, second, first], pretty: false, includeText: false, engine, output, TextWriter.Null);

        Assert.Equal(0, exit);
        var expected = new StringBuilder();
        foreach (var path in new[] { first, second, first })
        {
            expected.Append(CaseJson.Serialize(engine.Process(path, File.ReadAllBytes(path)).Record!)).Append(Environment.NewLine);
        }

        Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), output.ToArray());
    }

    [Fact]
    public void FlushesAfterTheFirstRecordAndAtTheEndOnly()
    {
        var first = Corpus.File("cases-io", "e3c-EN114090.txt");
        var second = Corpus.File("pubmed-xml", "metapub", "25364329.xml");
        using var output = new FlushCountingStream();

        ExtractCommand.Run([first, second, first], pretty: false, includeText: false, new CaseEngine(), output, TextWriter.Null);

        Assert.Equal(new[] { 1, 3 }, output.LinesAtFlush);
    }

    /// <summary>A memory stream that records how many lines it held at each flush.</summary>
    private sealed class FlushCountingStream : MemoryStream
    {
        public List<int> LinesAtFlush { get; } = [];

        public override void Flush()
        {
            LinesAtFlush.Add(ToArray().Count(b => b == (byte)'\n'));
            base.Flush();
        }
    }
}
