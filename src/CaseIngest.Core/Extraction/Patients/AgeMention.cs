namespace CaseIngest.Core.Extraction.Patients;

/// <summary>An age found in the text at [Start, End): years (null for "in her 60s"), and the sex stated with it.</summary>
internal readonly record struct AgeMention(int Start, int End, double? Years, string? Sex);
