using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// One fact per patient, kind, value and therapy; an outcome without a figure or therapy gives way to the same one with
/// it, and one time told again in another unit (<see cref="TwoUnits"/>) is one fact.
/// </summary>
internal static class OutcomeCollector
{
    public static void Collect(ExtractionContext context, List<OutcomeFact> found)
    {
        found.Sort((a, b) => a.Evidence.Start.CompareTo(b.Evidence.Start));
        var withTherapy = new HashSet<(string, string, double?, string?, string?)>();
        var valued = new HashSet<(string, string)>();
        foreach (var fact in found)
        {
            if (fact.Therapy.Count > 0)
            {
                withTherapy.Add((fact.Patient, fact.Kind, fact.Value, fact.Unit, fact.Qualifier));
            }

            if (fact.Value is not null)
            {
                valued.Add((fact.Patient, fact.Kind));
            }
        }

        var restated = TwoUnits.Restated(context, found);
        var seen = new HashSet<(string, string, double?, string?, string?, string)>();
        foreach (var fact in found)
        {
            if (restated.Contains(fact))
            {
                continue;
            }

            // an outcome without a figure gives way to the same outcome with one, and one without therapy to one with
            if ((fact.Value is null && valued.Contains((fact.Patient, fact.Kind)))
                || (fact.Therapy.Count == 0 && withTherapy.Contains((fact.Patient, fact.Kind, fact.Value, fact.Unit, fact.Qualifier))))
            {
                continue;
            }

            if (seen.Add((fact.Patient, fact.Kind, fact.Value, fact.Unit, fact.Qualifier, string.Join('|', fact.Therapy))))
            {
                context.Outcomes.Add(fact);
            }
        }
    }
}
