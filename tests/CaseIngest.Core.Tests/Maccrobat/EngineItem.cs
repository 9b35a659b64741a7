namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>One engine fact in a category: its evidence span (-1 for patient facts), the keys it states, and the patient it is of (diagnoses only).</summary>
internal sealed record EngineItem(string Category, int Start, int End, IReadOnlyList<string> Keys, string Label, string? Patient = null);
