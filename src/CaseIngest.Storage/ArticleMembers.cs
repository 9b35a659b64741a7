using Azure.Data.Tables;

namespace CaseIngest.Storage;

/// <summary>
/// Member rows of an article as read or written, with the version of the article head they were read or written
/// under (null when they were read by query, without a head). <see cref="Unread"/>: record ids the head listed at that
/// version whose member rows are not among <see cref="Rows"/>; whoever builds from these members reads them by key.
/// </summary>
internal sealed record ArticleMembers(List<TableEntity> Rows, string? HeadVersion)
{
    public IReadOnlyCollection<string> Unread { get; init; } = [];
}
