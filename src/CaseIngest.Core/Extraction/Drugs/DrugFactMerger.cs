using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Folds drug facts of one document together: a mention of a drug already recorded for the same patient with the
/// same status fills the fields the fact lacks, unless the two state different doses, different numbers of cycles
/// (a second course) or different routes (a switch from intravenous to oral), or one gives the drug to one site
/// (intrathecal, intravitreal, intravesical, topical) and the other doses it by body size with no route. Facts are indexed by patient,
/// name and status once, so each mention looks only at the facts of its own drug. A fact first seen through a regimen
/// acronym ("FOLFOX (folinic acid, fluorouracil and oxaliplatin)") takes as its evidence the first mention that names
/// the drug itself.
/// </summary>
internal sealed class DrugFactMerger
{
    private readonly List<DrugFact> facts;
    private readonly Dictionary<(string Patient, string Name, string Status), List<int>> byDrug = [];
    private readonly HashSet<int> seenThroughRegimen = [];

    public DrugFactMerger(List<DrugFact> facts)
    {
        this.facts = facts;
        for (var i = 0; i < facts.Count; i++)
        {
            IndexOf(facts[i]).Add(i);
        }
    }

    /// <summary>
    /// Adds or folds in <paramref name="fact"/>; <paramref name="throughRegimen"/> tells that its mention names a regimen,
    /// not the drug; <paramref name="ownSchedule"/> that it is a later step of a schedule that changes, or a maintenance
    /// course, which stays apart from a fact of the same drug given at another frequency.
    /// </summary>
    public void Add(DrugFact fact, bool throughRegimen = false, bool ownSchedule = false)
    {
        var same = IndexOf(fact);
        foreach (var i in same)
        {
            var existing = facts[i];
            if ((existing.Dose is not null && fact.Dose is not null && existing.Dose != fact.Dose)
                || (existing.Cycles is not null && fact.Cycles is not null && existing.Cycles != fact.Cycles)
                || (existing.Route is not null && fact.Route is not null && existing.Route != fact.Route)
                || (ownSchedule && existing.Frequency is not null && fact.Frequency is not null && existing.Frequency != fact.Frequency)
                || LocalBesideSystemic(existing, fact) || LocalBesideSystemic(fact, existing))
            {
                continue;
            }

            facts[i] = existing with
            {
                DrugClass = existing.DrugClass ?? fact.DrugClass,
                Dose = existing.Dose ?? fact.Dose,
                Route = existing.Route ?? fact.Route,
                Frequency = existing.Frequency ?? fact.Frequency,
                Cycles = existing.Cycles ?? fact.Cycles,
            };
            if (!throughRegimen && seenThroughRegimen.Remove(i))
            {
                facts[i] = facts[i] with { Mention = fact.Mention, Evidence = fact.Evidence };
            }

            return;
        }

        if (throughRegimen)
        {
            seenThroughRegimen.Add(facts.Count);
        }

        same.Add(facts.Count);
        facts.Add(fact);
    }

    /// <summary>Routes that give a drug to one site only: an intrathecal, intravitreal or intravesical dose is no systemic one.</summary>
    private static readonly HashSet<string> LocalRoutes = new(StringComparer.Ordinal)
    {
        "intrathecal", "intravitreal", "intravesical", "topical", "intralesional", "intratumoral",
    };

    /// <summary>
    /// Whether <paramref name="local"/> gives the drug to one site and <paramref name="other"/>, with no route, doses it by
    /// body size ("methotrexate 3 g/m2" beside "intrathecal methotrexate"): two administrations, whose routes do not mix.
    /// </summary>
    private static bool LocalBesideSystemic(DrugFact local, DrugFact other) =>
        local.Route is { } route && LocalRoutes.Contains(route) && other.Route is null
        && other.Dose is { Unit: var unit } && (unit.EndsWith("/m2", StringComparison.Ordinal) || unit.EndsWith("/kg", StringComparison.Ordinal) || unit == "AUC");

    /// <summary>Whether a given fact of the drug <paramref name="name"/> is already recorded for <paramref name="patient"/>.</summary>
    public bool HasGiven(string patient, string name) =>
        byDrug.TryGetValue((patient, name, TreatmentStatus.Given), out var given) && given.Count > 0;

    /// <summary>
    /// A plan that the report shows carried out ("we decided to start X", later "X was given") is the given fact only; when
    /// the drug has one given fact, the dose, route and schedule the plan states fill the fields that fact lacks
    /// ("carboplatin AUC 5 and paclitaxel 175 mg/m2 were planned every 3 weeks", later "six cycles of carboplatin").
    /// </summary>
    public static void DropExecutedPlans(List<DrugFact> facts, int first)
    {
        var given = new HashSet<(string Patient, string Name)>();
        for (var k = first; k < facts.Count; k++)
        {
            if (facts[k].Status == TreatmentStatus.Given)
            {
                given.Add((facts[k].Patient, facts[k].Name));
            }
        }

        if (given.Count == 0)
        {
            return;
        }

        for (var k = first; k < facts.Count; k++)
        {
            if (facts[k] is { Status: TreatmentStatus.Planned } plan && given.Contains((plan.Patient, plan.Name)))
            {
                FillFromPlan(facts, first, plan);
            }
        }

        var kept = first;
        for (var k = first; k < facts.Count; k++)
        {
            var fact = facts[k];
            if (fact.Status != TreatmentStatus.Planned || !given.Contains((fact.Patient, fact.Name)))
            {
                facts[kept++] = fact;
            }
        }

        facts.RemoveRange(kept, facts.Count - kept);
    }

    private static void FillFromPlan(List<DrugFact> facts, int first, DrugFact plan)
    {
        var only = -1;
        for (var k = first; k < facts.Count; k++)
        {
            if (facts[k].Status == TreatmentStatus.Given && facts[k].Patient == plan.Patient && facts[k].Name == plan.Name)
            {
                if (only >= 0)
                {
                    return;
                }

                only = k;
            }
        }

        var given = facts[only];
        facts[only] = given with
        {
            Dose = given.Dose ?? plan.Dose,
            Route = given.Route ?? plan.Route,
            Frequency = given.Frequency ?? plan.Frequency,
        };
    }

    private List<int> IndexOf(DrugFact fact)
    {
        var key = (fact.Patient, fact.Name, fact.Status);
        if (!byDrug.TryGetValue(key, out var list))
        {
            list = [];
            byDrug[key] = list;
        }

        return list;
    }
}
