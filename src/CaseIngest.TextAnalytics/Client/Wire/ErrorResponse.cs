namespace CaseIngest.TextAnalytics.Client.Wire;

/// <summary>The body of an error answer: <c>{ "error": { "code": "…", "message": "…" } }</c>.</summary>
internal sealed record ErrorResponse
{
    public ServiceMessage? Error { get; init; }
}
