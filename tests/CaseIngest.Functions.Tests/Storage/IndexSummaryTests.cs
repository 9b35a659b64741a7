using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.Core;
using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using CaseIngest.Storage.Entities;
using CaseIngest.Storage.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Storage;

/// <summary>
/// Index rows carry a copy of the record's summary, so filtered lists are answered from the index alone; the copy
/// follows the record through re-saves, and a save that fails part-way leaves no fact or index row of the unsaved version.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IndexSummaryTests(AzuriteFixture azurite) : StorageTestBase(azurite)
{
    [Fact]
    public async Task ListedSummaryIsTheSummaryOfTheCaseRow()
    {
        var u = TestRecords.Unique("summary");
        var record = TestRecords.Make(u + ".txt", drugs: [u + "-mab"], markers: [u + "-PD-L1"], outcomes: ["partial-response"], diagnoses: ["melanoma"], doi: "10.1000/" + u, pmid: "123")
            with { Article = new ArticleInfo { Title = "Title " + u, Journal = "J Immunother", Year = 2024, Doi = "10.1000/" + u, Pmid = "123" } };
        await Store.SaveAsync(record, null);

        var expected = await Store.GetSummaryAsync(record.Id);
        foreach (var query in new[] { new CaseQuery { Drug = u + "-mab" }, new CaseQuery { Drug = u + "-mab", Marker = u + "-PD-L1" }, new CaseQuery { Doi = "10.1000/" + u } })
        {
            var listed = Assert.Single((await Catalog.QueryAsync(query)).Items);
            AssertSameSummary(expected!, listed);
        }

        Assert.Equal("Title " + u, expected!.Title);
        Assert.Equal([u + "-mab"], expected.Drugs);
    }

    [Fact]
    public async Task ListsAreAnsweredFromIndexRowsWithoutReadingCaseRows()
    {
        var u = TestRecords.Unique("no-case-read");
        var record = TestRecords.Make(u + ".txt", drugs: [u + "-mab"], markers: [u + "-TMB"]);
        await Store.SaveAsync(record, null);

        // With the case row gone, only the index rows can still give the title.
        await Tables.Cases.DeleteEntityAsync(record.Id, CaseEntityMapper.Row);

        var listed = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-mab", Marker = u + "-TMB" })).Items);
        Assert.Equal("Title of " + u + ".txt", listed.Title);
        Assert.Equal([u + "-TMB"], listed.Markers);
    }

    [Fact]
    public async Task ResavedRecordIsListedWithItsNewSummary()
    {
        var u = TestRecords.Unique("resaved");
        var first = TestRecords.Make(u + ".txt", drugs: [u + "-mab"], markers: [u + "-PD-L1"]);
        await Store.SaveAsync(first, null);
        var second = first with { Article = first.Article with { Title = "Corrected title" }, Outcomes = [new OutcomeFact { Patient = "P1", Kind = "complete-response", Evidence = first.Drugs[0].Evidence }] };
        await Store.SaveAsync(second, null);

        var listed = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-mab" })).Items);

        Assert.Equal("Corrected title", listed.Title);
        Assert.Equal(["complete-response"], listed.Outcomes);
        Assert.Equal(3, listed.FactCount);
    }

    [Fact]
    public async Task IndexRowsWithoutSummaryColumnsAreListedFromTheCaseRow()
    {
        var u = TestRecords.Unique("legacy-index");
        var record = TestRecords.Make(u + ".txt", drugs: [u + "-mab"]);
        await Store.SaveAsync(record, null);
        var partition = IndexKeys.Partition(IndexFacet.Drug, u + "-mab");
        await Tables.Index.DeleteEntityAsync(partition, ArticleIds.Of(record));
        await Tables.Index.UpsertEntityAsync(
            new TableEntity(partition, record.Id) { ["Facet"] = "drug", ["Value"] = u + "-mab", ["Name"] = record.Document.Name },
            TableUpdateMode.Replace);

        var listed = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = u + "-mab" })).Items);

        AssertSameSummary((await Store.GetSummaryAsync(record.Id))!, listed);
    }

    [Fact]
    public async Task SaveThatFailsAfterItsIndexRowsLeavesNoRowsForARecordNeverStored()
    {
        var u = TestRecords.Unique("failed-save");
        var name = u + ".txt";
        var ingest = FailingCaseWrites(maxAttempts: 2);
        var bytes = Encoding.UTF8.GetBytes("A man with sarcoma received pembrolizumab and nivolumab. " + u);

        await Assert.ThrowsAsync<RequestFailedException>(() => ingest.IngestAsync(name, bytes, "etag-1"));
        var id = RecordIds.FromName(name);
        Assert.NotEmpty(await IndexPartitionsOfAsync(id));
        Assert.NotEmpty(await FactRowsOfAsync(id));
        var outcome = await ingest.IngestAsync(name, bytes, "etag-1");

        Assert.Equal(ErrorCodes.IngestFailed, outcome.ErrorCode);
        Assert.Empty(await IndexPartitionsOfAsync(id));
        Assert.Empty(await FactRowsOfAsync(id));
    }

    [Fact]
    public async Task SaveThatFailsOverAStoredRecordLeavesTheStoredRecordsRows()
    {
        var u = TestRecords.Unique("failed-update");
        var name = u + ".txt";
        var ingest = new IngestService(TestEngine.Keywords, Store, Factory.Services.GetRequiredService<DocumentStore>());
        await ingest.IngestAsync(name, Encoding.UTF8.GetBytes("A man with sarcoma received nivolumab. " + u), "etag-1");
        var id = RecordIds.FromName(name);
        var before = await IndexPartitionsOfAsync(id);
        var stored = await Store.GetSummaryAsync(id);

        var failing = FailingCaseWrites(maxAttempts: 1);
        var outcome = await failing.IngestAsync(name, Encoding.UTF8.GetBytes("A man received pembrolizumab with a partial response. " + u), "etag-2");

        Assert.Equal(ErrorCodes.IngestFailed, outcome.ErrorCode);
        Assert.Equal(before, await IndexPartitionsOfAsync(id));
        Assert.Empty(await StoredRows.CheckAsync(Tables, Store, [id]));
        Assert.Equal("nivolumab", (await Tables.Facts.GetEntityAsync<FactEntity>(id, "drug-0000")).Value.Value);
        var listed = Assert.Single((await Catalog.QueryAsync(new CaseQuery { Drug = "nivolumab", Diagnosis = "sarcoma", Pmid = null, Doi = null, Top = 1000 })).Items, s => s.Id == id);
        AssertSameSummary(stored!, listed);
    }

    private static void AssertSameSummary(CaseSummary expected, CaseSummary actual)
    {
        Assert.Equal(expected with { Drugs = [], Markers = [], Outcomes = [], Diagnoses = [] }, actual with { Drugs = [], Markers = [], Outcomes = [], Diagnoses = [] });
        Assert.Equal(expected.Drugs, actual.Drugs);
        Assert.Equal(expected.Markers, actual.Markers);
        Assert.Equal(expected.Outcomes, actual.Outcomes);
        Assert.Equal(expected.Diagnoses, actual.Diagnoses);
    }

    /// <summary>An ingest service whose writes of case rows always fail, after the facts and index rows are written.</summary>
    private IngestService FailingCaseWrites(int maxAttempts)
    {
        var options = new TableClientOptions();
        options.AddPolicy(new FailCaseRowWrites(), HttpPipelinePosition.PerCall);
        var tables = new StorageTables(new TableServiceClient(Azurite.ConnectionString, options));
        var blobs = Factory.Services.GetRequiredService<BlobServiceClient>();
        var store = new CaseStore(tables, blobs);
        return new IngestService(TestEngine.Keywords, store, Factory.Services.GetRequiredService<DocumentStore>(), maxAttempts);
    }

    /// <summary>The record's member rows and the index rows of the articles they are in.</summary>
    private async Task<List<string>> IndexPartitionsOfAsync(string id)
    {
        var partitions = new List<string>();
        await foreach (var row in Tables.Index.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {id}"), select: ["PartitionKey"]))
        {
            partitions.Add(row.PartitionKey);
            if (row.PartitionKey.StartsWith("article|", StringComparison.Ordinal))
            {
                var article = row.PartitionKey["article|".Length..];
                await foreach (var articleRow in Tables.Index.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {article}"), select: ["PartitionKey"]))
                {
                    partitions.Add(articleRow.PartitionKey);
                }
            }
        }

        partitions.Sort(StringComparer.Ordinal);
        return partitions;
    }

    private async Task<List<string>> FactRowsOfAsync(string id)
    {
        var rows = new List<string>();
        await foreach (var row in Tables.Facts.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id}"), select: ["RowKey"]))
        {
            rows.Add(row.RowKey);
        }

        return rows;
    }

    private sealed class FailCaseRowWrites : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message)
        {
            var path = message.Request.Uri.Path;
            if (message.Request.Method != RequestMethod.Get && path.Contains("/" + StorageNames.CasesTable + "(", StringComparison.Ordinal))
            {
                throw new RequestFailedException(503, "Case row writes are failing.");
            }
        }
    }
}
