namespace CaseIngest.Core.Model;

/// <summary>
/// What an optional second reader added to a record, stored with it when the reader ran: its name, per category the
/// facts both readers found and the facts only one found, and how much text was sent. When the reader failed the
/// record keeps the rules' facts and <see cref="Error"/> says why (a code and message, never text or keys).
/// </summary>
public sealed record ReaderComparison
{
    /// <summary>The second reader: <c>text-analytics</c>.</summary>
    public required string Reader { get; init; }
    public IReadOnlyList<ReaderCategoryCounts> Categories { get; init; } = [];
    /// <summary>Documents (chunks of the plain text) sent to the service.</summary>
    public int DocumentsSent { get; init; }
    /// <summary>Characters of plain text sent to the service.</summary>
    public int CharactersSent { get; init; }
    /// <summary>Why the second reader added nothing, when it failed; null when it ran.</summary>
    public string? Error { get; init; }
}
