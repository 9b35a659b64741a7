using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A further dose of a drug stated in sequence, with the rate it is written as ("18 units/kg/hour"), if any, and the schedule
/// stated with it when that differs from the first dose's ("followed by 480 mg every 4 weeks"), if any.
/// </summary>
public sealed record DrugDoseStep(Dose Dose, Frequency? PerTime, DrugSchedule? Schedule = null)
{
    /// <summary>
    /// The fact of this dose made from the first dose's <paramref name="fact"/>: a schedule of its own replaces the first
    /// dose's frequency and count; otherwise the dose keeps the first's schedule, or the rate it is written as.
    /// </summary>
    public DrugFact Apply(DrugFact fact) => Schedule is { } own && own.Frequency != fact.Frequency
        ? fact with { Dose = Dose, Frequency = own.Frequency, Cycles = own.Cycles }
        : fact with { Dose = Dose, Frequency = PerTime ?? fact.Frequency };
}
