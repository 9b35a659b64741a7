namespace CaseIngest.Application;

/// <summary>What ingesting one document did.</summary>
public enum IngestStatus
{
    /// <summary>A record was written for a name that had none.</summary>
    Created,
    /// <summary>The record was written again and its content changed.</summary>
    Updated,
    /// <summary>The record was written again with the same content.</summary>
    Rewritten,
    /// <summary>The same bytes were already extracted by this extractor version: nothing was written.</summary>
    Unchanged,
    /// <summary>The document could not be read; a rejection row says why.</summary>
    Rejected,
}
