using Azure.Core;
using Azure.Data.Tables;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;
using Xunit.Abstractions;

namespace CaseIngest.Functions.Tests.Storage;

/// <summary>
/// A source leaving an article while other writers delete and write its member row again, interleaved at fixed points
/// of the leaver's table requests (not by timing): a member row that exists when the leaver is done is still listed in
/// its article's head, so the article's rebuilds keep finding it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ArticleHeadRaceTests(AzuriteFixture azurite, ITestOutputHelper output) : StorageTestBase(azurite)
{
    [Fact]
    public async Task AMemberRowWrittenAgainWhileALeaverFindsItGoneStaysInItsArticleHead()
    {
        var u = TestRecords.Unique("head-race");
        var doi = "10.5555/" + u;
        var leaving = TestRecords.Make(u + "/medline.txt", drugs: [u + "-drug"], doi: doi);
        var staying = TestRecords.Make(u + "/efetch.xml", drugs: [u + "-drug"], doi: doi);
        await Store.SaveAsync(leaving, null);
        await Store.SaveAsync(staying, null);
        var article = ArticleIds.ForKey("doi:" + doi.ToLowerInvariant());
        var others = new ArticleIndex(Tables);
        var row = await others.MemberAsync(article, leaving.Id, CancellationToken.None);
        Assert.NotNull(row);

        // The leaver's removal loses to another writer's, and between its read that finds the row gone and its update
        // of the head, a third writer files the source in the article again (row and head together).
        var memberRow = "CaseIndex(" + MemberRows.Partition(article) + "," + leaving.Id + ")";
        var head = "CaseIndex(" + MemberRows.Partition(article) + "," + ArticleHeads.Row + ")";
        var script = new ScriptedRequests()
            .Then(r => r.StartsWith("BATCH[", StringComparison.Ordinal) && r.Contains("DELETE " + memberRow, StringComparison.Ordinal),
                async () => Assert.True(await others.LeaveAsync(leaving.Id, article, CancellationToken.None)))
            .Then(r => r == "GET " + memberRow)
            .Then(r => r == "GET " + head,
                async () => Assert.NotNull(await others.PutAsync(row, article, null, CancellationToken.None)));
        var log = new TableRequestLog(script);
        log.Names[leaving.Id] = "<leaving>";
        log.Names[article] = "<article>";

        bool left;
        try
        {
            left = await LeaverOver(log).LeaveAsync(leaving.Id, article, CancellationToken.None);
        }
        finally
        {
            foreach (var line in log.Lines)
            {
                output.WriteLine(line);
            }
        }

        Assert.Equal(3, script.StepsTaken);
        Assert.False(left);
        Assert.NotNull(await others.MemberAsync(article, leaving.Id, CancellationToken.None));
        var listed = await Tables.Index.GetEntityIfExistsAsync<TableEntity>(MemberRows.Partition(article), ArticleHeads.Row);
        Assert.Equal([.. new[] { leaving.Id, staying.Id }.Order(StringComparer.Ordinal)], ArticleHeads.MembersOf(listed.HasValue ? listed.Value : null));
        Assert.Equal([.. new[] { leaving.Id, staying.Id }.Order(StringComparer.Ordinal)], (await others.MembersAsync(article, CancellationToken.None)).Select(m => m.RowKey));
    }

    /// <summary>An article index over the fixture's Azurite whose table requests pass the log's schedule.</summary>
    private ArticleIndex LeaverOver(TableRequestLog log)
    {
        var options = new TableClientOptions();
        options.AddPolicy(log.For("L"), HttpPipelinePosition.PerCall);
        var tables = new StorageTables(new TableServiceClient(Azurite.ConnectionString, options));
        tables.EnsureCreatedAsync().GetAwaiter().GetResult();
        return new ArticleIndex(tables);
    }
}
