namespace CaseIngest.Core.Extraction.Patients;

/// <summary>The form an age is written in: "57-year-old", "aged 45", "65 years of age", "62 yo", "in her 60s", "a newborn".</summary>
internal enum AgeKind
{
    YearsOld,
    Aged,
    YearsOfAge,
    Short,
    Decade,
    Newborn,
}
