using CaseIngest.Core.Model;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class CaseStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FunctionApp _factory = null!;
    private CaseStore _store = null!;
    private CaseCatalog _catalog = null!;

    public Task InitializeAsync()
    {
        _ = azurite.ConnectionString;
        _factory = new FunctionApp();
        _store = _factory.Services.GetRequiredService<CaseStore>();
        _catalog = _factory.Services.GetRequiredService<CaseCatalog>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task RecordTooLargeForOneEntityIsKeptWhole()
    {
        var u = TestRecords.Unique("large");
        var longText = new string('a', 20_000);
        var record = TestRecords.Make(u + ".txt", drugs: [u]) with
        {
            Diagnoses = [.. Enumerable.Range(0, 30).Select(i => new Diagnosis { Patient = "P1", Name = $"{u} diagnosis {i}", Evidence = new Evidence(0, longText.Length, longText, "Case") })],
        };

        await _store.SaveAsync(record, null);

        var stored = await _store.GetAsync(record.Id);
        Assert.Equal(30, stored!.Diagnoses.Count);
        Assert.Equal(longText, stored.Diagnoses[29].Evidence.Text);
        var page = await _catalog.QueryAsync(new CaseQuery { Diagnosis = $"{u} diagnosis 7" });
        Assert.Equal(record.Id, Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task ManyIndexKeysAreAllRemovedWhenTheRecordShrinks()
    {
        var u = TestRecords.Unique("wide");
        var names = Enumerable.Range(0, 400).Select(i => $"{u}-marker-{i:D3}-" + new string('m', 80)).ToArray();
        var wide = TestRecords.Make(u + ".txt", markers: names);
        await _store.SaveAsync(wide, null);
        Assert.Single((await _catalog.QueryAsync(new CaseQuery { Marker = names[399] })).Items);

        await _store.SaveAsync(TestRecords.Make(u + ".txt", markers: [names[0]]), null);

        Assert.Empty((await _catalog.QueryAsync(new CaseQuery { Marker = names[399] })).Items);
        Assert.Single((await _catalog.QueryAsync(new CaseQuery { Marker = names[0] })).Items);
    }
}
