using CaseIngest.Application;
using CaseIngest.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CaseIngest.Functions.Api;

/// <summary>GET /api/health: whether storage answers (503 with problem details when it does not).</summary>
internal sealed class Health(CaseQueries queries)
{
    [Function(nameof(Health))]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Health)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CaseApiHandlers.HealthAsync(queries, cancellationToken);
    }
}
