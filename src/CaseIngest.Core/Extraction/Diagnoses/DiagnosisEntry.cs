namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>A lexicon diagnosis: its name and the broader names it makes redundant ("lung adenocarcinoma" → "lung cancer").</summary>
internal sealed record DiagnosisEntry(string Name, IReadOnlyList<string> Broader);
