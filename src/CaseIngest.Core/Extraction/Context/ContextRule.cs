namespace CaseIngest.Core.Extraction.Context;

/// <summary>One ConText trigger: a literal phrase, what it asserts, which way it looks and how many words it reaches.</summary>
internal sealed record ContextRule(string Literal, string Category, ContextDirection Direction, int Window);
