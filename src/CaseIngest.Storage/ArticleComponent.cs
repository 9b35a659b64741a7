using CaseIngest.Storage.Keys;

namespace CaseIngest.Storage;

/// <summary>
/// Documents joined by shared link keys, directly or through others: each member's record id with its link keys.
/// <see cref="Truncated"/>: the search stopped at its limit, so more documents may belong.
/// </summary>
internal sealed record ArticleComponent(IReadOnlyDictionary<string, IReadOnlyList<string>> Members, bool Truncated)
{
    /// <summary>Every link key some member states.</summary>
    public IReadOnlySet<string> Keys { get; } = Members.Values.SelectMany(k => k).ToHashSet(StringComparer.Ordinal);

    /// <summary>The article id of the group; null when it has no members.</summary>
    public string? ArticleId => Keys.Count == 0 ? null : ArticleIds.Of(Keys);

    /// <summary>Whether the search found <paramref name="recordId"/> and no other document (and stopped at no limit).</summary>
    public bool IsOnly(string recordId) => !Truncated && Members.Count == 1 && Members.ContainsKey(recordId);

    /// <summary>Every article id a member of the group could have been given: one per key.</summary>
    public IEnumerable<string> CandidateArticles => Keys.Select(ArticleIds.ForKey).Distinct(StringComparer.Ordinal);
}
