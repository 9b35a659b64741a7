namespace CaseIngest.Functions;

/// <summary>
/// The app settings the triggers name. The host resolves <c>%…%</c> from app settings (<c>CaseIngest__ContainerName</c>
/// for <c>CaseIngest:ContainerName</c>), so the trigger watches the container and queue the application core writes to.
/// </summary>
internal static class FunctionSettings
{
    /// <summary>The storage connection of the triggers: a connection string, or <c>AzureWebJobsStorage__accountName</c> with a managed identity.</summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>Blobs of the ingest container, the name relative to it.</summary>
    public const string IngestBlobPath = "%CaseIngest:ContainerName%/{name}";

    /// <summary>The queue reprocessing fans out on.</summary>
    public const string ReprocessQueue = "%CaseIngest:ReprocessQueueName%";

    /// <summary>The queue Event Grid writes the ingest container's BlobDeleted events to.</summary>
    public const string BlobDeletedQueue = "%CaseIngest:BlobDeletedQueueName%";
}
