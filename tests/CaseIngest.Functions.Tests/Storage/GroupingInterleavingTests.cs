using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;
using Xunit.Abstractions;

namespace CaseIngest.Functions.Tests.Storage;

/// <summary>
/// Grouping walks interleaved in a fixed order by a schedule over their table requests (not by timing): two walks
/// that move the same source into its article at the same moment, round after round, leave it filed there once,
/// with its case row naming that article and its member row in it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GroupingInterleavingTests(AzuriteFixture azurite, ITestOutputHelper output) : StorageTestBase(azurite)
{
    [Fact]
    public async Task TwoWalksMovingOneSourceInLockstepLeaveItFiledInItsArticle()
    {
        var u = TestRecords.Unique("lockstep");
        var shared = u + "-shared";
        var pmidOnly = TestRecords.Make(u + "/medline.txt", drugs: [shared, u + "-medline"], pmid: u + "-pmid");
        var both = TestRecords.Make(u + "/efetch.xml", drugs: [shared, u + "-xml"], doi: "10.5555/" + u, pmid: u + "-pmid");
        var article = ArticleIds.ForKey("doi:10.5555/" + u.ToLowerInvariant());
        var pmidArticle = ArticleIds.ForKey("pmid:" + u.ToLowerInvariant() + "-pmid");
        var schedule = new LockstepMoves(pmidOnly.Id, article, "A", "B");
        var log = new TableRequestLog(schedule);
        log.Names[pmidOnly.Id] = "<pmid-only>";
        log.Names[both.Id] = "<both>";
        log.Names[article] = "<doi article>";
        log.Names[pmidArticle] = "<pmid article>";

        // Saved one after the other, their groupings left for later: the PMID-only source found itself alone and sits
        // in the PMID's article; the source stating both found it and sits in the DOI's article.
        var savedA = await StoreFor(log, "A").SaveAsync(pmidOnly, null, knownNew: true, groupLater: true, CancellationToken.None);
        var savedB = await StoreFor(log, "B").SaveAsync(both, null, knownNew: true, groupLater: true, CancellationToken.None);
        Assert.Equal(pmidArticle, (await Store.GetSummaryAsync(pmidOnly.Id))?.ArticleId);

        try
        {
            // Both groupings then walk at once, and each finds the PMID-only source to move.
            await Task.WhenAll(RunAsync("A", savedA.Grouping!), RunAsync("B", savedB.Grouping!));
        }
        finally
        {
            foreach (var line in log.Lines.Where(IsWrite))
            {
                output.WriteLine(line);
            }
        }

        Assert.True(schedule.BothCopied, "the two walks did not both copy the member row: the schedule did not interleave them");
        await AssertFiledInOneArticleAsync(article, shared, pmidOnly, both);

        async Task RunAsync(string actor, Func<CancellationToken, Task> grouping)
        {
            try
            {
                await Task.Run(() => grouping(CancellationToken.None));
            }
            finally
            {
                schedule.Done(actor);
            }
        }
    }

    /// <summary>A write of a member row, an article head or a case row (the requests that decide the grouping).</summary>
    private static bool IsWrite(string line) =>
        line.Contains("BATCH[", StringComparison.Ordinal) || line.Contains(" PATCH Cases", StringComparison.Ordinal)
        || line.Contains(" MERGE Cases", StringComparison.Ordinal) || line.Contains(" PUT Cases", StringComparison.Ordinal)
        || (line.Contains(" DELETE CaseIndex(article|", StringComparison.Ordinal));

    /// <summary>A store of its own over the fixture's Azurite whose table requests pass the schedule as <paramref name="actor"/>.</summary>
    private CaseStore StoreFor(TableRequestLog log, string actor)
    {
        var options = new TableClientOptions();
        options.AddPolicy(log.For(actor), HttpPipelinePosition.PerCall);
        return new CaseStore(new StorageTables(new TableServiceClient(Azurite.ConnectionString, options)), new BlobServiceClient(Azurite.ConnectionString));
    }
}
