namespace CaseIngest.Core.Model;

public sealed record ArticleInfo
{
    public string? Title { get; init; }
    public string? Journal { get; init; }
    public int? Year { get; init; }
    public string? Pmid { get; init; }
    public string? Pmcid { get; init; }
    public string? Doi { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> PublicationTypes { get; init; } = [];
    /// <summary>True for a case report or case series, false for a cohort study, review or trial report (which then has no patient facts), null when unknown (schema version 2).</summary>
    public bool? IsCaseReport { get; init; }
}
