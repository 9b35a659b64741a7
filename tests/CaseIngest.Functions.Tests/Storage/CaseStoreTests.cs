using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class CaseStoreTests(AzuriteFixture azurite) : StorageTestBase(azurite)
{
    [Fact]
    public async Task RecordTooLargeForOneEntityIsKeptWhole()
    {
        var u = TestRecords.Unique("large");
        var longText = new string('a', 20_000);
        var record = TestRecords.Make(u + ".txt", drugs: [u]) with
        {
            Diagnoses = [.. Enumerable.Range(0, 30).Select(i => new Diagnosis { Patient = "P1", Name = $"{u} diagnosis {i}", Evidence = new Evidence(0, longText.Length, longText, "Case") })],
        };

        await Store.SaveAsync(record, null);

        var stored = await Store.GetAsync(record.Id);
        Assert.Equal(30, stored!.Diagnoses.Count);
        Assert.Equal(longText, stored.Diagnoses[29].Evidence.Text);
        var page = await Catalog.QueryAsync(new CaseQuery { Diagnosis = $"{u} diagnosis 7" });
        Assert.Equal(record.Id, Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task ManyIndexKeysAreAllRemovedWhenTheRecordShrinks()
    {
        var u = TestRecords.Unique("wide");
        var names = Enumerable.Range(0, 400).Select(i => $"{u}-marker-{i:D3}-" + new string('m', 80)).ToArray();
        var wide = TestRecords.Make(u + ".txt", markers: names);
        await Store.SaveAsync(wide, null);
        Assert.Single((await Catalog.QueryAsync(new CaseQuery { Marker = names[399] })).Items);

        await Store.SaveAsync(TestRecords.Make(u + ".txt", markers: [names[0]]), null);

        Assert.Empty((await Catalog.QueryAsync(new CaseQuery { Marker = names[399] })).Items);
        Assert.Single((await Catalog.QueryAsync(new CaseQuery { Marker = names[0] })).Items);
    }
}
