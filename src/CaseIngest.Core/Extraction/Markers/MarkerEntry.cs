namespace CaseIngest.Core.Extraction.Markers;

/// <summary>One marker of the lexicon as one of its aliases names it, with the result or method the alias itself states.</summary>
public sealed record MarkerEntry(string Name, string? Gene, MarkerKind Kind, string? Result, string? Method);
