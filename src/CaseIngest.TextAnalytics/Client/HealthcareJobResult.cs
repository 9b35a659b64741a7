namespace CaseIngest.TextAnalytics.Client;

/// <summary>A finished Healthcare job: one result per document sent, and the model version that read them.</summary>
public sealed record HealthcareJobResult(IReadOnlyList<HealthcareDocumentResult> Documents, string? ModelVersion);
