using System.CommandLine;
using System.Text.Json;
using CaseIngest.Storage;

namespace CaseIngest.Cli;

/// <summary><c>caseingest query</c>: the page <c>GET /api/cases</c> returns, printed as the same JSON.</summary>
internal static class QueryCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { WriteIndented = true };

    public static Command Create()
    {
        var filters = new QueryFilters();
        var top = new Option<int>("--top") { Description = "Page size, 1 to 1000.", DefaultValueFactory = _ => CaseQuery.DefaultTop };
        var token = new Option<string?>("--continuation-token") { Description = "Token of the next page, from the previous answer." };
        var connection = CliStorage.ConnectionOption();
        var container = CliStorage.ContainerOption();
        var command = new Command("query", "Print the records matching every filter given (one page, as GET /api/cases).") { top, token, connection, container };
        filters.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(CliStorage.Create(parse, connection, container), filters.Read(parse, parse.GetValue(top), parse.GetValue(token)), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliStorage storage, CaseQuery query, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (query.Top is < 1 or > CaseQuery.MaxTop)
        {
            await error.WriteLineAsync($"--top must be from 1 to {CaseQuery.MaxTop}.").ConfigureAwait(false);
            return 2;
        }

        try
        {
            var page = await storage.Catalog.QueryAsync(query, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(JsonSerializer.Serialize(page, Json)).ConfigureAwait(false);
            return 0;
        }
        catch (InvalidContinuationTokenException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }
    }
}
