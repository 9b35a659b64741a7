using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A further dose of a drug stated in sequence, with the rate it is written as ("18 units/kg/hour"), if any, and the schedule
/// stated with it when that differs from the first dose's ("followed by 480 mg every 4 weeks"), if any.
/// <paramref name="AfterLoading"/> says the dose before it is a loading dose ("400 mg/m2 loading dose, followed by 250 mg/m2
/// weekly").
/// </summary>
public sealed record DrugDoseStep(Dose Dose, Frequency? PerTime, DrugSchedule? Schedule = null, bool AfterLoading = false)
{
    /// <summary>
    /// The fact of the first dose of a sequence: a loading dose is given once, so the schedule written for the doses after
    /// it is not its own.
    /// </summary>
    public static DrugFact FirstOf(DrugFact fact, IReadOnlyList<DrugDoseStep>? further) =>
        further is [{ AfterLoading: true }, ..] ? fact with { Frequency = null, Cycles = null } : fact;

    /// <summary>
    /// The fact of this dose made from the first dose's <paramref name="fact"/>: a schedule of its own replaces the first
    /// dose's frequency and count; otherwise the dose keeps the first's schedule, or the rate it is written as.
    /// </summary>
    public DrugFact Apply(DrugFact fact) => Schedule is { } own && own.Frequency != fact.Frequency
        ? fact with { Dose = Dose, Frequency = own.Frequency, Cycles = own.Cycles }
        : fact with { Dose = Dose, Frequency = PerTime ?? fact.Frequency };
}
