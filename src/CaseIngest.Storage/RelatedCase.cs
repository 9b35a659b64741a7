namespace CaseIngest.Storage;

/// <summary>Another record of the same article, linked through <see cref="Via"/> (doi | pmid).</summary>
public sealed record RelatedCase(string Id, string Name, string Via);
