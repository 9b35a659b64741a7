namespace CaseIngest.Core.Text;

/// <summary>A lexicon phrase found in the text at [Start, End), with the value the lexicon gave it.</summary>
public readonly record struct PhraseMatch<T>(int Start, int End, T Value);
