namespace CaseIngest.TextAnalytics.Client;

/// <summary>
/// An entity the health model found: <see cref="Offset"/> and <see cref="Length"/> in UTF-16 code units of the
/// document sent (the client asks for <c>stringIndexType=Utf16CodeUnit</c>).
/// </summary>
public sealed record HealthcareEntity
{
    public required string Text { get; init; }
    /// <summary>MedicationName, Dosage, MedicationRoute, Frequency, Diagnosis, SymptomOrSign, GeneOrProtein, Variant, ExaminationName, MeasurementValue …</summary>
    public required string Category { get; init; }
    public string? Subcategory { get; init; }
    public int Offset { get; init; }
    public int Length { get; init; }
    public double ConfidenceScore { get; init; }
    public HealthcareAssertion? Assertion { get; init; }
    /// <summary>The preferred name of the linked concept.</summary>
    public string? Name { get; init; }
    public IReadOnlyList<HealthcareEntityLink> Links { get => _links; init => _links = value ?? []; }

    // A list the answer writes as null reads as empty.
    private readonly IReadOnlyList<HealthcareEntityLink> _links = [];
}
