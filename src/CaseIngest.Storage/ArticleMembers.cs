using Azure.Data.Tables;

namespace CaseIngest.Storage;

/// <summary>
/// Member rows of an article as read or written, with the version of the article head they were read or written
/// under (null when they were read by query, without a head).
/// </summary>
internal sealed record ArticleMembers(List<TableEntity> Rows, string? HeadVersion);
