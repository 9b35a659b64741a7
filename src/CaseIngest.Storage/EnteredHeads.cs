namespace CaseIngest.Storage;

/// <summary>
/// What entering a document in its identifier heads found: whether a head listed another document, and each head's
/// members as written (record id with its link keys), which a group search that starts from the same keys can take
/// instead of reading the heads again.
/// </summary>
internal sealed record EnteredHeads(bool Shared, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Heads);
