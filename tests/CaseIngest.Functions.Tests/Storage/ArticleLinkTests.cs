using Azure.Data.Tables;
using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Functions.Tests.Storage;

/// <summary>
/// Sources join through any identifier they share, directly or through other sources: a DOI-only source and a
/// PMID-only source become one article when a source stating both arrives, in any order, also when saved at once,
/// and part again when that source is deleted or loses the identifier.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ArticleLinkTests(AzuriteFixture azurite) : StorageTestBase(azurite)
{
    [Fact]
    public async Task ADoiOnlySourceAndAPmidOnlySourceAreTwoArticles()
    {
        var set = Sources.Make();
        await Store.SaveAsync(set.DoiOnly, null);
        await Store.SaveAsync(set.PmidOnly, null);

        Assert.Equal(ArticleIds.ForKey("doi:" + set.Doi), await ArticleOfAsync(set.DoiOnly));
        Assert.Equal(ArticleIds.ForKey("pmid:" + set.Pmid), await ArticleOfAsync(set.PmidOnly));
        Assert.Equal(2, await FacetCountAsync(set.SharedDrug));
    }

    [Fact]
    public async Task ASourceStatingBothIdentifiersArrivingThirdJoinsAllThreeIntoOneArticle()
    {
        var set = Sources.Make();
        await Store.SaveAsync(set.DoiOnly, null);
        await Store.SaveAsync(set.PmidOnly, null);

        await Store.SaveAsync(set.Bridge, null);

        await AssertOneArticleAsync(set);
        Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [set.DoiOnly.Id, set.PmidOnly.Id, set.Bridge.Id]));
    }

    [Fact]
    public async Task EveryArrivalOrderOfTheThreeSourcesGivesTheSameArticleAndCounts()
    {
        var set = Sources.Make();
        var orders = Permutations([set.DoiOnly, set.PmidOnly, set.Bridge]).ToList();
        Assert.Equal(6, orders.Count);
        foreach (var order in orders)
        {
            foreach (var record in order)
            {
                await Store.SaveAsync(record, null);
            }

            await AssertOneArticleAsync(set);
            foreach (var record in order)
            {
                Assert.True(await Store.DeleteAsync(record.Document.Name));
            }

            Assert.Equal(0, await FacetCountAsync(set.SharedDrug));
            Assert.Empty(await MemberRowsAsync(set.Bridge.Id));
        }
    }

    [Fact]
    public async Task DeletingTheSourceThatLinksTheOthersSplitsTheArticleBackInTwo()
    {
        var set = Sources.Make();
        foreach (var record in new[] { set.DoiOnly, set.Bridge, set.PmidOnly })
        {
            await Store.SaveAsync(record, null);
        }

        Assert.True(await Store.DeleteAsync(set.Bridge.Document.Name));

        Assert.Equal(ArticleIds.ForKey("doi:" + set.Doi), await ArticleOfAsync(set.DoiOnly));
        Assert.Equal(ArticleIds.ForKey("pmid:" + set.Pmid), await ArticleOfAsync(set.PmidOnly));
        Assert.Equal(2, await FacetCountAsync(set.SharedDrug));
        Assert.Empty((await Catalog.QueryAsync(new CaseQuery { Drug = set.Bridge.Drugs[1].Name })).Items);
        Assert.Equal(["article|" + ArticleIds.ForKey("pmid:" + set.Pmid)], await MemberRowsAsync(set.PmidOnly.Id));
        Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [set.DoiOnly.Id, set.PmidOnly.Id]));
    }

    [Fact]
    public async Task ASourceSavedAgainWithoutItsDoiLeavesTheArticle()
    {
        var set = Sources.Make();
        foreach (var record in new[] { set.DoiOnly, set.Bridge, set.PmidOnly })
        {
            await Store.SaveAsync(record, null);
        }

        var withoutDoi = set.DoiOnly with { Article = set.DoiOnly.Article with { Doi = null } };
        await Store.SaveAsync(withoutDoi, null);

        var alone = ArticleIds.ForKey("sha256:" + withoutDoi.Document.Sha256);
        Assert.Equal(alone, await ArticleOfAsync(withoutDoi));
        var joined = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = set.Bridge.Drugs[1].Name })).Items);
        Assert.Equal(ArticleIds.ForKey("doi:" + set.Doi), joined.ArticleId);
        Assert.Equal(2, joined.Sources);
        Assert.Equal(2, await FacetCountAsync(set.SharedDrug));
        Assert.Equal(["article|" + alone], await MemberRowsAsync(withoutDoi.Id));
    }

    [Fact]
    public async Task SourcesOfOneArticleSavedAtOnceEndInOneArticle()
    {
        for (var run = 0; run < 4; run++)
        {
            var set = Sources.Make();
            var chain = TestRecords.Make(TestRecords.Unique("chain") + ".txt", drugs: [set.SharedDrug], pmcid: set.Pmcid);
            var bridge = set.Bridge with { Article = set.Bridge.Article with { Pmcid = null } };
            var pmcid = TestRecords.Make(TestRecords.Unique("pmc") + ".txt", drugs: [set.SharedDrug], pmid: set.Pmid, pmcid: set.Pmcid);

            await Task.WhenAll(new[] { set.DoiOnly, bridge, set.PmidOnly, chain, pmcid }.Select(r => Store.SaveAsync(r, null)));

            var article = ArticleIds.ForKey("doi:" + set.Doi);
            foreach (var record in new[] { set.DoiOnly, bridge, set.PmidOnly, chain, pmcid })
            {
                Assert.Equal(article, await ArticleOfAsync(record));
                Assert.Equal(["article|" + article], await MemberRowsAsync(record.Id));
            }

            Assert.Equal(1, await FacetCountAsync(set.SharedDrug));
            Assert.Equal(5, Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = set.SharedDrug })).Items).Sources);
            Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [set.DoiOnly.Id, bridge.Id, set.PmidOnly.Id, chain.Id, pmcid.Id]));
        }
    }

    private async Task AssertOneArticleAsync(Sources set)
    {
        var article = ArticleIds.ForKey("doi:" + set.Doi);
        foreach (var record in new[] { set.DoiOnly, set.PmidOnly, set.Bridge })
        {
            var item = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = record.Drugs[1].Name })).Items);
            Assert.Equal(article, item.ArticleId);
            Assert.Equal(3, item.Sources);
            Assert.Equal(article, await ArticleOfAsync(record));
            Assert.Equal(["article|" + article], await MemberRowsAsync(record.Id));
        }

        Assert.Equal(1, await FacetCountAsync(set.SharedDrug));
        Assert.Equal(1, await FacetCountAsync(set.DoiOnly.Drugs[1].Name));
        Assert.Equal(article, Assert.Single((await Catalog.QueryAsync(new CaseQuery { Pmid = set.Pmid })).Items).ArticleId);
    }

    private async Task<string?> ArticleOfAsync(CaseRecord record) => (await Store.GetSummaryAsync(record.Id))?.ArticleId;

    private async Task<int> FacetCountAsync(string drug) =>
        (await Catalog.FacetAsync(IndexFacet.Drug)).FirstOrDefault(f => f.Value == drug)?.Count ?? 0;


    private static IEnumerable<IReadOnlyList<T>> Permutations<T>(IReadOnlyList<T> items) =>
        items.Count <= 1
            ? [items]
            : items.SelectMany((item, i) => Permutations([.. items.Where((_, j) => j != i)]).Select(rest => (IReadOnlyList<T>)[item, .. rest]));

    /// <summary>Three sources of one article: one states only its DOI, one only its PMID, one DOI, PMID and PMCID.</summary>
    private sealed record Sources(string Doi, string Pmid, string Pmcid, string SharedDrug, CaseRecord DoiOnly, CaseRecord PmidOnly, CaseRecord Bridge)
    {
        public static Sources Make()
        {
            var u = TestRecords.Unique("linked");
            var doi = "10.5555/" + u;
            var pmid = u + "-pmid";
            var pmcid = "pmc" + u;
            var shared = u + "-shared";
            return new Sources(
                doi,
                pmid,
                pmcid,
                shared,
                TestRecords.Make(u + "/paper.md", drugs: [shared, u + "-md"], doi: doi.ToUpperInvariant()),
                TestRecords.Make(u + "/medline.txt", drugs: [shared, u + "-medline"], pmid: pmid),
                TestRecords.Make(u + "/efetch.xml", drugs: [shared, u + "-xml"], doi: doi, pmid: pmid, pmcid: pmcid.ToUpperInvariant()));
        }
    }
}
