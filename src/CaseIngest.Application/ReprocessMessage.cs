namespace CaseIngest.Application;

/// <summary>One document to extract again: the body of a reprocess queue message (<c>{"name": "…"}</c>).</summary>
public sealed record ReprocessMessage(string Name);
