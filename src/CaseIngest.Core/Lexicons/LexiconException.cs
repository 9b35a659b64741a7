namespace CaseIngest.Core.Lexicons;

/// <summary>A lexicon failed validation at load: the engine refuses to start with bad rules.</summary>
public sealed class LexiconException(string message) : Exception(message);
