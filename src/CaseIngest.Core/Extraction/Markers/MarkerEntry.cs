namespace CaseIngest.Core.Extraction.Markers;

/// <summary>One marker of the lexicon as one of its aliases names it, with the result, method or variant the alias itself states ("dMMR", "TPS", "T790M").</summary>
public sealed record MarkerEntry(string Name, string? Gene, MarkerKind Kind, MarkerResult? Result, string? Method, string? Variant = null);
