namespace CaseIngest.Core.Vocabulary;

/// <summary>
/// What a generic histology word reaches: the OncoTree codes to match (each with, through the index, every node
/// beneath it), the tissues those nodes belong to, and the diagnosis names with the word outside those nodes.
/// </summary>
public sealed record HistologyReach(IReadOnlyList<string> Codes, IReadOnlyList<string> Tissues, IReadOnlyList<string> Names);
