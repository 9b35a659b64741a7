using System.Net;
using System.Text;
using System.Text.Json;
using CaseIngest.Application;
using CaseIngest.Core;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Api;

/// <summary>
/// One record per article: the same bytes under two names are one document, sources sharing a DOI are one article,
/// lists and facets count articles, and deleting sources takes them out of their article.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ArticleTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string PubMedPage = "../shared/corpus/seeds/002_8928f8c1585f6da5.txt";
    private const string Doi = "10.3389/fimmu.2024.1357601";
    private const string PubMedXml = "../shared/corpus/pubmed-xml/metapub/38763967.xml";
    private const string XmlDoi = "10.1007/s13730-024-00883-1";
    private const string XmlPmid = "38763967";
    private static readonly CaseEngine RealEngine = new();

    private FunctionApp _factory = null!;
    private HttpClient _client = null!;
    private IngestService _ingest = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new FunctionApp(engine: RealEngine);
        _client = _factory.CreateClient();
        _ingest = _factory.Services.GetRequiredService<IngestService>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task TheSameBytesUnderTwoNamesAreOneCase()
    {
        var u = TestRecords.Unique("alias");
        var bytes = Encoding.UTF8.GetBytes($"A 61-year-old woman with {u} melanoma received nivolumab and had a partial response.");
        var first = await _ingest.IngestAsync(u + "/report.txt", bytes, null);
        var drug = await FacetCountAsync("drug", "nivolumab");
        var second = await _ingest.IngestAsync(u + "/copy of report.txt", bytes, null);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(drug, await FacetCountAsync("drug", "nivolumab"));
        var item = Assert.Single((await _client.GetJsonAsync($"/api/cases?drug=nivolumab&outcome=PR&top=1000")).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("name").GetString()!.StartsWith(u, StringComparison.Ordinal));
        Assert.Equal(1, item.GetProperty("sources").GetInt32());
        Assert.Equal(2, item.GetProperty("documents").GetInt32());

        var record = await _client.GetJsonAsync($"/api/cases/{first.Id}");
        var alias = Assert.Single(record.GetProperty("related").EnumerateArray());
        Assert.Equal(second.Id, alias.GetProperty("id").GetString());
        Assert.Equal("sha256", alias.GetProperty("via").GetString());
        var article = await _client.GetJsonAsync($"/api/articles/{record.GetProperty("articleId").GetString()}");
        var source = Assert.Single(article.GetProperty("sources").EnumerateArray());
        Assert.Single(source.GetProperty("aliases").EnumerateArray());

        Assert.True(await _ingest.DeleteAsync(u + "/report.txt"));
        Assert.True(await _ingest.DeleteAsync(u + "/copy of report.txt"));
        Assert.Equal(drug - 1, await FacetCountAsync("drug", "nivolumab"));
    }

    [Fact]
    public async Task APubMedPageAndItsMarkdownTextAreOneArticleWithTwoSourcesUntilBothAreDeleted()
    {
        var page = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot(), PubMedPage));
        var markdown = Encoding.UTF8.GetBytes(MarkdownOf(Encoding.UTF8.GetString(page)));
        var before = await FacetCountAsync("outcome", "remission");

        // Either order gives the same article: the Markdown text first here.
        var md = await _ingest.IngestAsync("article/giant-lymph-node.md", markdown, null);
        var html = await _ingest.IngestAsync("article/pubmed-page.txt", page, null);
        Assert.Null(md.ErrorCode);
        Assert.Null(html.ErrorCode);

        Assert.Equal(before + 1, await FacetCountAsync("outcome", "remission"));
        var item = Assert.Single((await _client.GetJsonAsync("/api/cases?doi=" + Uri.EscapeDataString(Doi))).GetProperty("items").EnumerateArray());
        Assert.Equal(2, item.GetProperty("sources").GetInt32());
        var articleId = item.GetProperty("articleId").GetString()!;

        var article = await _client.GetJsonAsync($"/api/articles/{articleId}");
        Assert.Equal(Doi, article.GetProperty("article").GetProperty("doi").GetString());
        Assert.Equal(new[] { html.Id, md.Id }.Order(), article.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order());
        var remission = article.GetProperty("outcomes").EnumerateArray().First(o => o.GetProperty("kind").GetString() == "remission");
        Assert.Contains(remission.GetProperty("sources").EnumerateArray(), s => s.GetString() == md.Id);
        Assert.All(article.GetProperty("outcomes").EnumerateArray(), o => Assert.NotEmpty(o.GetProperty("sources").EnumerateArray()));

        // Ingesting both again changes nothing.
        await _ingest.IngestAsync("article/pubmed-page.txt", page, null, force: true);
        Assert.Equal(before + 1, await FacetCountAsync("outcome", "remission"));

        Assert.True(await _ingest.DeleteAsync("article/pubmed-page.txt"));
        var left = await _client.GetJsonAsync($"/api/articles/{articleId}");
        Assert.Equal(md.Id, Assert.Single(left.GetProperty("sources").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(before + 1, await FacetCountAsync("outcome", "remission"));
        Assert.Equal(1, Assert.Single((await _client.GetJsonAsync("/api/cases?doi=" + Uri.EscapeDataString(Doi))).GetProperty("items").EnumerateArray()).GetProperty("sources").GetInt32());

        Assert.True(await _ingest.DeleteAsync("article/giant-lymph-node.md"));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri($"/api/articles/{articleId}", UriKind.Relative))).StatusCode);
        Assert.Empty((await _client.GetJsonAsync("/api/cases?doi=" + Uri.EscapeDataString(Doi))).GetProperty("items").EnumerateArray());
        Assert.Equal(before, await FacetCountAsync("outcome", "remission"));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri($"/api/cases/{md.Id}", UriKind.Relative))).StatusCode);
        Assert.False(await _ingest.DeleteAsync("article/giant-lymph-node.md"));
    }

    [Fact]
    public async Task SourcesSavedAtOnceStillMakeOneArticleWithEveryFact()
    {
        var u = TestRecords.Unique("concurrent");
        var store = _factory.Services.GetRequiredService<CaseStore>();
        var records = Enumerable.Range(0, 6).Select(i => TestRecords.Make($"{u}/{i}.txt", drugs: [$"{u}-drug-{i}"], doi: "10.1000/" + u)).ToList();

        await Task.WhenAll(records.Select(r => store.SaveAsync(r, null)));

        var articleId = ArticleIds.Of(records[0]);
        foreach (var record in records)
        {
            var item = Assert.Single((await _client.GetJsonAsync($"/api/cases?drug={record.Drugs[0].Name}")).GetProperty("items").EnumerateArray());
            Assert.Equal(articleId, item.GetProperty("articleId").GetString());
            Assert.Equal(6, item.GetProperty("sources").GetInt32());
        }

        var all = Assert.Single((await _client.GetJsonAsync("/api/cases?doi=10.1000/" + u)).GetProperty("items").EnumerateArray());
        Assert.Equal(records.Select(r => r.Drugs[0].Name).Order(), all.GetProperty("drugs").EnumerateArray().Select(d => d.GetString()).Order());
    }

    [Fact]
    public async Task APubMedXmlJoinsTheMarkdownThatStatesOnlyItsDoiAndTheMedlineTextThatStatesOnlyItsPmid()
    {
        var xml = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot(), PubMedXml));
        var (title, summary) = TitleAndAbstractOf(Encoding.UTF8.GetString(xml));
        var markdown = Encoding.UTF8.GetBytes($"# {title}\n\nhttps://doi.org/{XmlDoi}\n\n## Abstract\n\n{summary}\n");
        var medline = Encoding.UTF8.GetBytes($"PMID- {XmlPmid}\nTI  - {title}\nAB  - {summary}\n");
        var before = await FacetCountAsync("drug", "terbinafine");

        var md = await _ingest.IngestAsync("linked/majocchi.md", markdown, null);
        var text = await _ingest.IngestAsync("linked/majocchi-medline.txt", medline, null);
        Assert.Null(md.ErrorCode);
        Assert.Null(text.ErrorCode);
        var byDoi = (await _client.GetJsonAsync($"/api/cases/{md.Id}")).GetProperty("articleId").GetString();
        var byPmid = (await _client.GetJsonAsync($"/api/cases/{text.Id}")).GetProperty("articleId").GetString();
        Assert.Equal(ArticleIds.ForKey("doi:" + XmlDoi), byDoi);
        Assert.Equal(ArticleIds.ForKey("pmid:" + XmlPmid), byPmid);

        var bridge = await _ingest.IngestAsync("linked/38763967.xml", xml, null);
        Assert.Null(bridge.ErrorCode);

        Assert.Equal(before + 1, await FacetCountAsync("drug", "terbinafine"));
        var article = await _client.GetJsonAsync($"/api/articles/{byDoi}");
        Assert.Equal(new[] { md.Id, text.Id, bridge.Id }.Order(), article.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order());
        Assert.Equal("PMC11608206", article.GetProperty("article").GetProperty("pmcid").GetString());
        var fromText = await _client.GetJsonAsync($"/api/cases/{text.Id}");
        Assert.Equal(byDoi, fromText.GetProperty("articleId").GetString());
        var related = fromText.GetProperty("related").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("via").GetString());
        Assert.Equal("pmid", related[bridge.Id]);
        Assert.Equal("article", related[md.Id]);
        var item = Assert.Single((await _client.GetJsonAsync("/api/cases?pmid=" + XmlPmid)).GetProperty("items").EnumerateArray());
        Assert.Equal(3, item.GetProperty("sources").GetInt32());

        Assert.True(await _ingest.DeleteAsync("linked/38763967.xml"));
        Assert.Equal(byDoi, (await _client.GetJsonAsync($"/api/cases/{md.Id}")).GetProperty("articleId").GetString());
        Assert.Equal(byPmid, (await _client.GetJsonAsync($"/api/cases/{text.Id}")).GetProperty("articleId").GetString());
        Assert.Equal(md.Id, Assert.Single((await _client.GetJsonAsync($"/api/articles/{byDoi}")).GetProperty("sources").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty((await _client.GetJsonAsync($"/api/cases/{md.Id}")).GetProperty("related").EnumerateArray());

        Assert.True(await _ingest.DeleteAsync("linked/majocchi.md"));
        Assert.True(await _ingest.DeleteAsync("linked/majocchi-medline.txt"));
        Assert.Equal(before, await FacetCountAsync("drug", "terbinafine"));
    }

    private async Task<int> FacetCountAsync(string facet, string value)
    {
        var answer = await _client.GetJsonAsync("/api/facets/" + facet);
        return answer.GetProperty("values").EnumerateArray()
            .Where(v => v.GetProperty("value").GetString() == value)
            .Select(v => v.GetProperty("count").GetInt32())
            .FirstOrDefault();
    }

    /// <summary>The article as a PDF converted to Markdown would give it: title, DOI link and the abstract.</summary>
    private static string MarkdownOf(string pubMedPage)
    {
        var start = pubMedPage.IndexOf("Abstract", StringComparison.Ordinal) + "Abstract".Length;
        var end = pubMedPage.IndexOf("Keywords", start, StringComparison.Ordinal);
        var body = pubMedPage[start..(end > start ? end : Math.Min(pubMedPage.Length, start + 2000))].Trim();
        return "# Case report: Giant lymph node metastases: a new opportunity for cancer radioimmunotherapy?\n\n"
            + "https://doi.org/" + Doi + "\n\n## Abstract\n\n" + body + "\n";
    }

    /// <summary>The article title and abstract of a PubMed XML record, as plain text.</summary>
    private static (string Title, string Abstract) TitleAndAbstractOf(string xml)
    {
        using var reader = System.Xml.XmlReader.Create(new StringReader(xml), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore });
        var article = System.Xml.Linq.XDocument.Load(reader).Descendants("PubmedArticle").First();
        return (article.Descendants("ArticleTitle").First().Value, string.Join(' ', article.Descendants("AbstractText").Select(a => a.Value)));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CaseIngest.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
