using CaseIngest.Worker.Tests.Rpc;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>Every invocation one trigger event took, in order, and whether it ended on the poison queue.</summary>
internal sealed record DeliveryResult(IReadOnlyList<InvocationResponse> Attempts, bool Poisoned)
{
    public bool Succeeded => !Poisoned && Attempts.Count > 0 && Attempts[^1].Result.Status == StatusResult.Types.Status.Success;

    public IReadOnlyList<StatusResult.Types.Status> Statuses => [.. Attempts.Select(a => a.Result.Status)];
}
