using System.ComponentModel.DataAnnotations;

namespace CaseIngest.Application;

/// <summary>Settings of section <c>CaseIngest</c> (app settings <c>CaseIngest__Name</c>).</summary>
public sealed class CaseIngestOptions : IValidatableObject
{
    public const string Section = "CaseIngest";

    /// <summary>Storage account connection string (Azurite locally). Either this or both service URIs.</summary>
    public string? StorageConnectionString { get; set; }

    /// <summary>Blob endpoint used with a managed identity when no connection string is set.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>Table endpoint used with a managed identity when no connection string is set.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Queue endpoint used with a managed identity when no connection string is set (the reprocess fan-out).</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The container documents are dropped into; the blob trigger's path names the same container.</summary>
    [Required]
    [StorageName]
    public string ContainerName { get; set; } = CaseIngest.Storage.StorageNames.DocumentsContainer;

    /// <summary>The queue that reprocessing fans out on: one message per document, taken by every instance.</summary>
    [Required]
    [StorageName]
    public string ReprocessQueueName { get; set; } = ReprocessQueue.DefaultName;

    /// <summary>Documents larger than this are rejected as too-large.</summary>
    [Range(1024, 1L << 30)]
    public long MaxDocumentBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Retries of a failed storage request before it counts as a failure.</summary>
    [Range(0, 10)]
    public int StorageMaxRetries { get; set; } = 3;

    /// <summary>First delay of the exponential backoff between storage retries (doubled each time, with jitter).</summary>
    [Range(10, 60_000)]
    public int StorageRetryDelayMilliseconds { get; set; } = 800;

    /// <summary>
    /// Failed ingests of one document (same bytes, same extractor version) before it is recorded as rejected with
    /// code ingest-failed and the invocation answers success. Keep it below host.json's poisonBlobThreshold (5).
    /// </summary>
    [Range(1, 5)]
    public int MaxIngestAttempts { get; set; } = IngestService.DefaultMaxAttempts;

    /// <summary>Optional DrugBank open vocabulary CSV that widens the drug lexicon.</summary>
    public string? DrugBankVocabularyPath { get; set; }

    /// <summary>Optional gene list TSV (CIViC genes: identifier, name, …) that widens the marker lexicon.</summary>
    public string? MarkerGeneListPath { get; set; }

    /// <summary>The optional second reader, Text Analytics for Health (section <c>CaseIngest:TextAnalytics</c>); off unless its endpoint is set.</summary>
    public TextAnalyticsSettings TextAnalytics { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(StorageConnectionString) && (BlobServiceUri is null || TableServiceUri is null))
        {
            yield return new ValidationResult(
                "Set CaseIngest:StorageConnectionString, or both CaseIngest:BlobServiceUri and CaseIngest:TableServiceUri.",
                [nameof(StorageConnectionString)]);
        }

        if (DrugBankVocabularyPath is { Length: > 0 } path && !File.Exists(path))
        {
            yield return new ValidationResult("CaseIngest:DrugBankVocabularyPath names a file that does not exist.", [nameof(DrugBankVocabularyPath)]);
        }

        if (MarkerGeneListPath is { Length: > 0 } genes && !File.Exists(genes))
        {
            yield return new ValidationResult("CaseIngest:MarkerGeneListPath names a file that does not exist.", [nameof(MarkerGeneListPath)]);
        }

        foreach (var problem in TextAnalytics.Problems())
        {
            yield return new ValidationResult(problem, [nameof(TextAnalytics)]);
        }
    }
}
