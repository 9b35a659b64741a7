using System.Diagnostics;
using System.Net;
using System.Text;
using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Reliability;

/// <summary>
/// Whatever researchers drop, the pipeline answers: every input through the blob trigger becomes a record or a
/// rejection with a stable code, each within a bounded time (the trigger succeeds: nothing for the host to retry),
/// and the API keeps serving. Oversized blobs are refused from their length, before they are downloaded.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public sealed class BadInputTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const long Limit = 256 * 1024;

    private static readonly HashSet<string> StableCodes =
    [
        ErrorCodes.Empty, ErrorCodes.UnsupportedFormat, ErrorCodes.MalformedXml, ErrorCodes.MalformedHtml, ErrorCodes.TooLarge,
        ErrorCodes.InvalidEncoding, ErrorCodes.NoArticle, ErrorCodes.Unreadable, ErrorCodes.Timeout, ErrorCodes.InvalidName, ErrorCodes.IngestFailed,
    ];

    private static readonly CaseEngine LimitedEngine =
        new(new EngineOptions { MaxDocumentBytes = Limit }, DefaultPipeline.Create(new EngineOptions()).With(new KeywordStep()));

    private FunctionApp _factory = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new FunctionApp(new Dictionary<string, string?> { ["CaseIngest:MaxDocumentBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) }, LimitedEngine);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>Hand-made hostile documents plus seeded random ones: 60 inputs.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Inputs()
    {
        yield return ("empty.txt", []);
        yield return ("nul.txt", new byte[1000]);
        yield return ("whitespace.txt", Encoding.UTF8.GetBytes(new string(' ', 5000) + "\n\n\t"));
        yield return ("bom-only.txt", [0xEF, 0xBB, 0xBF]);
        yield return ("invalid-utf8.txt", [0x41, 0xC3, 0x28, 0xFF, 0xFE, 0x80]);
        yield return ("utf16.txt", Encoding.Unicode.GetBytes("\uFEFFA man with sarcoma received pembrolizumab."));
        yield return ("pdf.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"));
        yield return ("zip.zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
        yield return ("truncated.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><PubmedArticleSet><PubmedArticle><MedlineCitation><Article><ArticleTitle>Case"));
        yield return ("entities.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><PubmedArticleSet>&lol3;</PubmedArticleSet>"));
        yield return ("external-entity.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><PubmedArticleSet><PubmedArticle>&x;</PubmedArticle></PubmedArticleSet>"));
        yield return ("deep.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>" + string.Concat(Enumerable.Repeat("<a>", 20_000)) + string.Concat(Enumerable.Repeat("</a>", 20_000))));
        yield return ("deep.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "sarcoma</body></html>"));
        yield return ("unclosed.html", Encoding.UTF8.GetBytes("<html><head><meta name=\"citation_title\" content=\"x"));
        yield return ("script.html", Encoding.UTF8.GetBytes("<html><script>" + new string('x', 100_000) + "</script></html>"));
        yield return ("jats-empty.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><article xmlns:xlink=\"http://www.w3.org/1999/xlink\"><front/><body/></article>"));
        yield return ("medline-empty.txt", Encoding.UTF8.GetBytes("PMID- \nTI  - \nAB  - "));
        yield return ("one-line.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("pembrolizumab sarcoma ", 2_000))));
        yield return ("no-spaces.txt", Encoding.UTF8.GetBytes(new string('a', 200_000)));
        yield return ("control.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 31).Select(i => (char)i)) + "sarcoma"));
        yield return ("surrogates.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("😀\u0301\u200B\u202E", 5000))));
        yield return ("markdown.md", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("#", 5000)) + "\n|" + string.Concat(Enumerable.Repeat("|", 5000))));
        yield return ("numbers.txt", Encoding.UTF8.GetBytes(string.Join(' ', Enumerable.Range(0, 20_000))));
        yield return ("at-limit.txt", Encoding.UTF8.GetBytes("sarcoma " + new string('x', (int)Limit - 8)));
        yield return ("over-limit.txt", Encoding.UTF8.GetBytes("sarcoma " + new string('x', (int)Limit)));
        var random = new Random(20261122);
        for (var i = 0; i < 35; i++)
        {
            var bytes = new byte[random.Next(0, 64 * 1024)];
            random.NextBytes(bytes);
            if (i % 3 == 1)
            {
                bytes = [.. Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><PubmedArticleSet>"), .. bytes];
            }
            else if (i % 3 == 2)
            {
                bytes = [.. Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>"), .. bytes];
            }

            yield return ($"random-{i:D2}.bin", bytes);
        }
    }

    [Fact]
    public async Task EveryInputBecomesARecordOrARejectionWithAStableCodeInBoundedTime()
    {
        var client = _factory.CreateClient();
        var store = _factory.Services.GetRequiredService<CaseStore>();
        var prefix = TestRecords.Unique("hostile");
        var slowest = TimeSpan.Zero;
        var outcomes = new Dictionary<string, string>();
        foreach (var (name, bytes) in Inputs())
        {
            await _factory.UploadAsync(prefix + "/" + name, bytes);
            var watch = Stopwatch.StartNew();
            await _factory.TriggerAsync(prefix + "/" + name);
            watch.Stop();
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{name} took {watch.Elapsed}");
            var state = await store.GetStateAsync(RecordIds.FromName(prefix + "/" + name));
            Assert.NotNull(state);
            outcomes[name] = state.Rejected ? "Rejected" : "Stored";
            if (!state.Rejected)
            {
                Assert.NotNull(await store.GetSummaryAsync(RecordIds.FromName(prefix + "/" + name)));
            }
        }

        Assert.Equal(60, outcomes.Count);
        var rejections = await client.GetJsonAsync("/api/rejections?top=1000");
        var mine = rejections.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("name").GetString()!.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(outcomes.Count(o => o.Value == "Rejected"), mine.Count);
        Assert.All(mine, r => Assert.Contains(r.GetProperty("code").GetString()!, StableCodes));
        Assert.Equal("too-large", mine.Single(r => r.GetProperty("name").GetString()!.EndsWith("/over-limit.txt", StringComparison.Ordinal)).GetProperty("code").GetString());
        Assert.Equal("Stored", outcomes["at-limit.txt"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/health", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task OversizedBlobIsRejectedFromItsLengthWithoutBeingDownloaded()
    {
        var documents = _factory.Services.GetRequiredService<DocumentStore>();
        var ingest = _factory.Services.GetRequiredService<IngestService>();
        var name = TestRecords.Unique("oversized") + "/big.txt";
        var size = 24 * 1024 * 1024;
        var etag = await documents.UploadAsync(name, new MemoryStream(new byte[size]));

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var outcome = await ingest.IngestBlobAsync(name);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(IngestStatus.Rejected, outcome!.Status);
        Assert.Equal(ErrorCodes.TooLarge, outcome.ErrorCode);
        Assert.True(allocated < size / 4, $"{allocated:N0} bytes allocated while refusing a {size:N0}-byte blob");
        Assert.True(await ingest.IsCurrentAsync(name, etag));
        var content = await documents.DownloadAsync(name, Limit);
        Assert.True(content!.TooLarge);
        Assert.Equal(size, content.Length);
        Assert.Empty(content.Bytes);
    }

    [Fact]
    public async Task TriggerRejectsAnOversizedBlobFromItsPropertiesWithoutADownload()
    {
        var requests = new BlobRequests();
        await using var counted = new FunctionApp(
            new Dictionary<string, string?> { ["CaseIngest:MaxDocumentBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            LimitedEngine,
            blobs: requests.Client(azurite.ConnectionString));
        var name = TestRecords.Unique("oversized-trigger") + "/big.txt";
        await counted.UploadAsync(name, new byte[(int)Limit + 1]);

        await counted.TriggerAsync(name);

        Assert.Equal(0, requests.Downloads(name));
        Assert.Equal(1, requests.PropertyReads(name));
        var rejections = await counted.CreateClient().GetJsonAsync("/api/rejections?top=1000");
        var rejection = Assert.Single(rejections.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == RecordIds.FromName(name));
        Assert.Equal(ErrorCodes.TooLarge, rejection.GetProperty("code").GetString());
    }

    [Fact]
    public async Task BlobAtTheLimitIsDownloadedAndRead()
    {
        var documents = _factory.Services.GetRequiredService<DocumentStore>();
        var name = TestRecords.Unique("at-limit") + ".txt";
        await documents.UploadAsync(name, new MemoryStream(Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab. " + new string('x', (int)Limit - 40))));

        var outcome = await _factory.Services.GetRequiredService<IngestService>().IngestBlobAsync(name);

        Assert.Equal(IngestStatus.Created, outcome!.Status);
    }
}
