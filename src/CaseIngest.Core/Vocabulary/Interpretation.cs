namespace CaseIngest.Core.Vocabulary;

/// <summary>
/// How a query value was understood: <paramref name="Value"/> as given, the name it stands for in records
/// (<paramref name="As"/>) and why (<paramref name="Via"/>: <c>name</c>, <c>brand</c>, <c>synonym</c>,
/// <c>abbreviation</c>, <c>hgnc</c>, <c>oncotree</c>, or <c>literal</c> when no vocabulary knows the value).
/// For a diagnosis, <paramref name="OncoTree"/> lists the OncoTree codes whose records match (the node and, through
/// the index, everything beneath it).
/// </summary>
public sealed record Interpretation(string Value, string As, string Via, IReadOnlyList<string>? OncoTree = null)
{
    public const string Literal = "literal";
}
