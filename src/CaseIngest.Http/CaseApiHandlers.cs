using CaseIngest.Application;
using Microsoft.AspNetCore.Http;

namespace CaseIngest.Http;

/// <summary>
/// The API's request handlers, shared by the HTTP functions and the local host: parameters in, one call into the
/// application core, result out. Errors are RFC 9457 problem details.
/// </summary>
public static class CaseApiHandlers
{
    public static async Task<IResult> ListCasesAsync(CaseQueryInput input, CaseQueries queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return AnswerResults.ToResult(await queries.ListCasesAsync(input, cancellationToken).ConfigureAwait(false));
    }

    public static async Task<IResult> GetCaseAsync(string id, bool includeText, CaseQueries queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var answer = await queries.GetCaseAsync(id, includeText, cancellationToken).ConfigureAwait(false);
        return answer.Status == QueryStatus.Ok
            ? TypedResults.Content((string)answer.Value!, "application/json; charset=utf-8")
            : AnswerResults.ToResult(answer);
    }

    public static async Task<IResult> GetArticleAsync(string id, CaseQueries queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var answer = await queries.GetArticleAsync(id, cancellationToken).ConfigureAwait(false);
        return answer.Status == QueryStatus.Ok
            ? TypedResults.Content((string)answer.Value!, "application/json; charset=utf-8")
            : AnswerResults.ToResult(answer);
    }

    public static async Task<IResult> ListFacetAsync(string facet, CaseQueries queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return AnswerResults.ToResult(await queries.ListFacetAsync(facet, cancellationToken).ConfigureAwait(false));
    }

    public static async Task<IResult> ListRejectionsAsync(string? top, string? continuationToken, CaseQueries queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return AnswerResults.ToResult(await queries.ListRejectionsAsync(top, continuationToken, cancellationToken).ConfigureAwait(false));
    }

    public static async Task<IResult> HealthAsync(CaseQueries queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return AnswerResults.ToResult(await queries.HealthAsync(cancellationToken).ConfigureAwait(false));
    }
}
