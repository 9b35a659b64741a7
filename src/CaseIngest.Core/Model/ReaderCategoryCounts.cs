namespace CaseIngest.Core.Model;

/// <summary>One category of a <see cref="ReaderComparison"/>: facts both readers found, and facts only one found.</summary>
public sealed record ReaderCategoryCounts
{
    /// <summary>diagnoses | drugs | markers | adverseEvents</summary>
    public required string Category { get; init; }
    public int Both { get; init; }
    public int RulesOnly { get; init; }
    public int SecondReaderOnly { get; init; }
}
