namespace CaseIngest.TextAnalytics.Client.Wire;

internal sealed record HealthcareTaskResults
{
    public IReadOnlyList<HealthcareDocumentResult> Documents { get; init; } = [];
    public IReadOnlyList<DocumentError> Errors { get; init; } = [];
    public string? ModelVersion { get; init; }
}
