namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>One engine fact in a category: its evidence span (-1 for patient facts) and the keys it states.</summary>
internal sealed record EngineItem(string Category, int Start, int End, IReadOnlyList<string> Keys, string Label);
