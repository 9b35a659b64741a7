namespace CaseIngest.Functions.Delete;

/// <summary>What a message of the blob-deleted queue turned out to be.</summary>
internal enum BlobEventKind
{
    /// <summary>A <c>Microsoft.Storage.BlobDeleted</c> event naming a container and a blob.</summary>
    Deleted,

    /// <summary>A well-formed event of another type.</summary>
    OtherType,

    /// <summary>Not an event, or a BlobDeleted event that names no blob.</summary>
    Malformed,
}
