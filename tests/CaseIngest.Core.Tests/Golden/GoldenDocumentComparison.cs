namespace CaseIngest.Core.Tests.Golden;

/// <summary>The comparison of one category of one golden document with the engine's record.</summary>
public sealed record GoldenDocumentComparison(string Id, string Category, GoldenComparison Comparison);
