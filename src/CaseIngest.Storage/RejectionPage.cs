namespace CaseIngest.Storage;

public sealed record RejectionPage(IReadOnlyList<RejectionInfo> Items, string? ContinuationToken);
