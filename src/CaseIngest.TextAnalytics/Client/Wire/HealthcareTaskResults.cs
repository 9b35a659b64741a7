namespace CaseIngest.TextAnalytics.Client.Wire;

internal sealed record HealthcareTaskResults
{
    public IReadOnlyList<HealthcareDocumentResult> Documents { get => _documents; init => _documents = value ?? []; }
    public IReadOnlyList<DocumentError> Errors { get => _errors; init => _errors = value ?? []; }
    public string? ModelVersion { get; init; }

    // A list the answer writes as null reads as empty.
    private readonly IReadOnlyList<HealthcareDocumentResult> _documents = [];
    private readonly IReadOnlyList<DocumentError> _errors = [];
}
