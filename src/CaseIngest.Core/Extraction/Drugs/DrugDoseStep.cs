using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>A further dose of a drug stated in sequence, with the rate it is written as ("18 units/kg/hour"), if any.</summary>
public sealed record DrugDoseStep(Dose Dose, Frequency? PerTime);
