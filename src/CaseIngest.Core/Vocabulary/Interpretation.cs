namespace CaseIngest.Core.Vocabulary;

/// <summary>
/// How a query value was understood: <paramref name="Value"/> as given, the name it stands for in records
/// (<paramref name="As"/>) and why (<paramref name="Via"/>: <c>name</c>, <c>brand</c>, <c>synonym</c>,
/// <c>abbreviation</c>, <c>hgnc</c>, <c>oncotree</c>, or <c>literal</c> when no vocabulary knows the value).
/// For a diagnosis, <paramref name="OncoTree"/> lists the OncoTree codes whose records match (the node and, through
/// the index, everything beneath it). A generic histology word (<paramref name="Via"/> <c>histology</c>: sarcoma,
/// carcinoma, lymphoma, melanoma) also lists the <see cref="Tissues"/> its nodes belong to and the diagnosis
/// <see cref="Names"/> with the word that lie outside its nodes.
/// </summary>
public sealed record Interpretation(string Value, string As, string Via, IReadOnlyList<string>? OncoTree = null)
{
    public const string Literal = "literal";

    /// <summary>The OncoTree tissues a histology word reaches (Bone, Soft Tissue, Uterus …), else null.</summary>
    public IReadOnlyList<string>? Tissues { get; init; }

    /// <summary>Diagnosis names outside its OncoTree nodes that a histology word also reaches (kaposi sarcoma), else null.</summary>
    public IReadOnlyList<string>? Names { get; init; }
}
