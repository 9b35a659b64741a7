namespace CaseIngest.TextAnalytics.Client;

/// <summary>A warning or error of the service: its code and message.</summary>
public sealed record ServiceMessage
{
    public string Code { get; init; } = "unknown";
    public string Message { get; init; } = string.Empty;
}
