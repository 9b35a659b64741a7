namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>An INN stem ("-tinib") naming the class of agents the lexicon does not list, for words of at least MinLength letters.</summary>
public sealed record InnStem(string Suffix, string? DrugClass, int MinLength);
