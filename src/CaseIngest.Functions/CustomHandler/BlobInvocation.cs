namespace CaseIngest.Functions.CustomHandler;

/// <summary>A blob trigger invocation, decoded: the blob name, its bytes when the host sent them, and its ETag.</summary>
public sealed record BlobInvocation(string Name, byte[]? Bytes, string? ETag);
