using CaseIngest.Application;
using Microsoft.AspNetCore.Http;

namespace CaseIngest.Http;

/// <summary>An application answer as an HTTP result: the value as JSON, or problem details with the matching status.</summary>
internal static class AnswerResults
{
    public static IResult ToResult(QueryAnswer answer) => answer.Status switch
    {
        QueryStatus.Ok => TypedResults.Ok(answer.Value),
        QueryStatus.Invalid => TypedResults.ValidationProblem(answer.Errors ?? new Dictionary<string, string[]>()),
        QueryStatus.NotFound => TypedResults.Problem(title: answer.Title, detail: answer.Detail, statusCode: StatusCodes.Status404NotFound),
        QueryStatus.Conflict => TypedResults.Problem(title: answer.Title, detail: answer.Detail, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: answer.Title, detail: answer.Detail, statusCode: StatusCodes.Status503ServiceUnavailable),
    };
}
