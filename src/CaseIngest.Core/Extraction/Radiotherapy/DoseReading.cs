namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>One dose statement: "45 Gy in 25 fractions" (total, fractions), "2 Gy per fraction", "5 × 5 Gy".</summary>
internal sealed record DoseReading(int Start, int End, double? TotalGy, double? PerFractionGy, int? Fractions);
