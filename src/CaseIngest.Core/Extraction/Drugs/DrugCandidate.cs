namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>A span of the text that may name drugs, before the context filters decide.</summary>
internal sealed record DrugCandidate(int Start, int End, IReadOnlyList<DrugEntry> Drugs, DrugCandidateKind Kind);
