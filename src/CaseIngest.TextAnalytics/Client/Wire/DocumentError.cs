namespace CaseIngest.TextAnalytics.Client.Wire;

/// <summary>A document the service could not read: its id and the error.</summary>
internal sealed record DocumentError
{
    public string? Id { get; init; }
    public ServiceMessage? Error { get; init; }
}
