namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>A drug the lexicon knows: its generic (INN) name in lower case and its class from the record vocabulary.</summary>
public sealed record DrugEntry(string Name, string? DrugClass);
