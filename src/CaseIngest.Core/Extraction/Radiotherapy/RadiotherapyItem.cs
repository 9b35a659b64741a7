namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>A radiotherapy mention (with its technique, empty for none) or a dose statement of one sentence.</summary>
internal readonly record struct RadiotherapyItem(int Start, int End, string? Technique, DoseReading? Dose);
