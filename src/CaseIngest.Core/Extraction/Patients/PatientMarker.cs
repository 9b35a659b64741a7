namespace CaseIngest.Core.Extraction.Patients;

/// <summary>Where the text starts to speak of the <see cref="Number"/>th patient of a case series ("Case 2", "the second patient").</summary>
internal readonly record struct PatientMarker(int Start, int Number);
