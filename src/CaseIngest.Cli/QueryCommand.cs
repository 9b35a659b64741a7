using System.CommandLine;
using System.Text.Json;
using CaseIngest.Application;
using CaseIngest.Storage;

namespace CaseIngest.Cli;

/// <summary><c>caseingest query</c>: the page <c>GET /api/cases</c> returns for the same filters, printed as the same JSON.</summary>
internal static class QueryCommand
{
    private static readonly CliJsonContext Json = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });

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
            RunAsync(CliStorage.Create(parse, connection, container), filters.Read(parse), parse.GetValue(top), parse.GetValue(token), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    /// <summary>
    /// The page for the filters (API parameter names, all values of each), printed as the API's JSON with
    /// <c>interpretedAs</c>; a filter the API would answer 400 to is written to <paramref name="error"/> (exit code 2).
    /// </summary>
    public static async Task<int> RunAsync(CliStorage storage, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, int top, string? continuationToken, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(output);
        var answer = await CliQuery.ListAsync(storage.Queries, filters, top, continuationToken, cancellationToken).ConfigureAwait(false);
        if (answer.Status != QueryStatus.Ok)
        {
            return await CliQuery.WriteAsync(answer, error).ConfigureAwait(false);
        }

        await output.WriteLineAsync(JsonSerializer.Serialize((CaseListResponse)answer.Value!, Json.CaseListResponse)).ConfigureAwait(false);
        return 0;
    }
}
