using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseIngest.Functions.Tests.Support;

/// <summary>Tests of the storage part: the function app's registrations against the fixture's Azurite, and its stores.</summary>
public abstract class StorageTestBase(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>The fixture's Azurite, for tests that build clients of their own.</summary>
    protected AzuriteFixture Azurite { get; } = azurite;

    protected FunctionApp Factory { get; private set; } = null!;

    protected StorageTables Tables { get; private set; } = null!;

    protected CaseStore Store { get; private set; } = null!;

    protected CaseCatalog Catalog { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _ = Azurite.ConnectionString;
        Factory = new FunctionApp();
        Tables = Factory.Services.GetRequiredService<StorageTables>();
        Store = Factory.Services.GetRequiredService<CaseStore>();
        Catalog = Factory.Services.GetRequiredService<CaseCatalog>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
