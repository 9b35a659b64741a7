using System.CommandLine;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CaseIngest.Storage;

namespace CaseIngest.Cli;

/// <summary>
/// Storage for the commands that need it: <c>--connection</c>, else CaseIngest__StorageConnectionString, else the
/// local Azurite on its default ports (what <c>dotnet run --project src/CaseIngest.Functions</c> starts).
/// </summary>
internal sealed class CliStorage
{
    public const string EnvironmentVariable = "CaseIngest__StorageConnectionString";

    private CliStorage(string connectionString, string container)
    {
        var blobs = new BlobServiceClient(connectionString);
        Tables = new StorageTables(new TableServiceClient(connectionString));
        Documents = new DocumentStore(blobs, container);
        Store = new CaseStore(Tables, blobs);
        Catalog = new CaseCatalog(Tables);
    }

    public StorageTables Tables { get; }

    public DocumentStore Documents { get; }

    public CaseStore Store { get; }

    public CaseCatalog Catalog { get; }

    public static Option<string?> ConnectionOption() =>
        new("--connection") { Description = $"Storage connection string (default: {EnvironmentVariable}, else local Azurite)." };

    public static Option<string> ContainerOption() =>
        new("--container") { Description = "Blob container of the documents.", DefaultValueFactory = _ => StorageNames.DocumentsContainer };

    public static CliStorage Create(ParseResult parse, Option<string?> connection, Option<string> container) =>
        new(
            parse.GetValue(connection) ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? "UseDevelopmentStorage=true",
            parse.GetValue(container) ?? StorageNames.DocumentsContainer);

    internal static CliStorage Create(string connectionString, string container = StorageNames.DocumentsContainer) => new(connectionString, container);
}
