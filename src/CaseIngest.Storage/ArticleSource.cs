namespace CaseIngest.Storage;

/// <summary>One source document of an article: its record id, name, detected format and content hash.</summary>
public sealed record ArticleSource(string Id, string Name, string Format, string Sha256);
