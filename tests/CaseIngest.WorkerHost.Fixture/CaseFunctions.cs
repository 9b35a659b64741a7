using CaseIngest.Application;
using CaseIngest.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.WorkerHost.Fixture;

/// <summary>HTTP functions with ASP.NET Core integration, over the API's shared handlers.</summary>
internal sealed class CaseFunctions(CaseQueries queries)
{
    [Function("GetCase")]
    public Task<IResult> GetCaseAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Case)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var includeText = RequestParameters.TryFlag(request, "includeText", out var flag) && flag;
        return CaseApiHandlers.GetCaseAsync(id, includeText, queries, cancellationToken);
    }

    [Function("Health")]
    public Task<IResult> HealthAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Health)] HttpRequest request,
        CancellationToken cancellationToken) =>
        CaseApiHandlers.HealthAsync(queries, cancellationToken);
}
