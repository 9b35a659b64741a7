using CaseIngest.Application;
using CaseIngest.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Api;

/// <summary>GET /api/cases/{id}: the full record (with its text when <c>includeText=true</c>), or 404 problem details.</summary>
internal sealed class GetCase(CaseQueries queries)
{
    private const string IncludeText = "includeText";

    [Function(nameof(GetCase))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Case)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RequestParameters.TryFlag(request, IncludeText, out var includeText)
            ? CaseApiHandlers.GetCaseAsync(id, includeText, queries, cancellationToken)
            : Task.FromResult(RequestParameters.InvalidFlag(IncludeText));
    }
}
