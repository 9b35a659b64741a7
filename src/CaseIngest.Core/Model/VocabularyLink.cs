namespace CaseIngest.Core.Model;

/// <summary>A concept id in a clinical vocabulary, as a second reader links it: <c>{ "system": "RxNorm", "code": "1547545" }</c>.</summary>
public sealed record VocabularyLink(string System, string Code);
