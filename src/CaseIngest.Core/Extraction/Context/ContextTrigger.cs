namespace CaseIngest.Core.Extraction.Context;

/// <summary>A ConText rule found in a sentence at [Start, End) of the document text.</summary>
internal readonly record struct ContextTrigger(ContextRule Rule, int Start, int End);
