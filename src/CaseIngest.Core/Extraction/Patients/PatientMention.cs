namespace CaseIngest.Core.Extraction.Patients;

/// <summary>A patient of a case series named inside a sentence, [<see cref="Start"/>, <see cref="End"/>): "patient 2", "the second case".</summary>
internal readonly record struct PatientMention(int Start, int End, int Number);
