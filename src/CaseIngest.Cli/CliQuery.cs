using System.Text.Json;
using CaseIngest.Application;
using CaseIngest.Core.Vocabulary;

namespace CaseIngest.Cli;

/// <summary>How <c>query</c> and <c>export</c> run a query: the API's query use case, its 400 as exit code 2.</summary>
internal static class CliQuery
{
    /// <summary>Exit code of a filter the API would answer 400 to.</summary>
    public const int InvalidExitCode = 2;

    /// <summary>One page of <c>GET /api/cases</c> for the filters, the page size and the token.</summary>
    public static Task<QueryAnswer> ListAsync(CaseQueries queries, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, int top, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var parameters = new Dictionary<string, IReadOnlyList<string>>(filters, StringComparer.Ordinal)
        {
            ["top"] = [top.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        };
        if (continuationToken is not null)
        {
            parameters["continuationToken"] = [continuationToken];
        }

        return queries.ListCasesAsync(new CaseQueryInput { Parameters = parameters }, cancellationToken);
    }

    /// <summary>Each error of an answer as one line naming the option, its API parameter and what it accepts.</summary>
    public static async Task<int> WriteAsync(QueryAnswer answer, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var (parameter, messages) in answer.Errors ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                await error.WriteLineAsync($"{Option(parameter)} ({parameter}): {message}").ConfigureAwait(false);
            }
        }

        if (answer.Errors is not { Count: > 0 })
        {
            await error.WriteLineAsync(answer.Title ?? "The query failed.").ConfigureAwait(false);
        }

        return answer.Status == QueryStatus.Invalid ? InvalidExitCode : 1;
    }

    /// <summary>How the values were understood, as the API's <c>interpretedAs</c> (one line of JSON).</summary>
    public static string InterpretedAs(IReadOnlyDictionary<string, IReadOnlyList<Interpretation>> interpretedAs) =>
        "interpretedAs: " + JsonSerializer.Serialize(interpretedAs, CliJsonContext.Default.IReadOnlyDictionaryStringIReadOnlyListInterpretation);

    private static string Option(string parameter) => parameter == "continuationToken" ? "--continuation-token" : QueryFilters.OptionOf(parameter);
}
