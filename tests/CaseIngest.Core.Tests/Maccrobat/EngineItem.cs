namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>One engine fact in a category: its evidence span (-1 for patient facts), the keys it states, the patient it is of (diagnoses only) and the drug it is of (treatment facts only).</summary>
internal sealed record EngineItem(string Category, int Start, int End, IReadOnlyList<string> Keys, string Label, string? Patient = null, string? Agent = null);
