using CaseIngest.Core.Extraction.Patients;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Steps;

/// <summary>
/// The last step: every fact list in document order (evidence start, then end, then name), exact duplicates
/// removed, and a patient entry for every patient a fact names, so the output is deterministic. A document that
/// reports no case (<see cref="CaseReportGate"/>, which also sets <c>article.isCaseReport</c>) keeps no patients and no facts.
/// </summary>
public sealed class FinalizeStep : IExtractionStep
{
    public string Name => "finalize";

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.IsCaseReport = CaseReportGate.Decide(context);
        if (context.IsCaseReport == false)
        {
            context.Patients.Clear();
            context.Diagnoses.Clear();
            context.Drugs.Clear();
            context.Radiotherapy.Clear();
            context.Markers.Clear();
            context.Outcomes.Clear();
            context.AdverseEvents.Clear();
            return;
        }

        Order(context.Diagnoses, d => d.Evidence, d => d.Name);
        Order(context.Drugs, d => d.Evidence, d => d.Name);
        Order(context.Radiotherapy, r => r.Evidence, r => r.Technique ?? string.Empty);
        Order(context.Markers, m => m.Evidence, m => m.Name);
        Order(context.Outcomes, o => o.Evidence, o => o.Kind);
        Order(context.AdverseEvents, a => a.Evidence, a => a.Term);

        var named = new SortedSet<string>(StringComparer.Ordinal);
        AddPatients(named, context.Diagnoses, d => d.Patient);
        AddPatients(named, context.Drugs, d => d.Patient);
        AddPatients(named, context.Radiotherapy, r => r.Patient);
        AddPatients(named, context.Markers, m => m.Patient);
        AddPatients(named, context.Outcomes, o => o.Patient);
        AddPatients(named, context.AdverseEvents, a => a.Patient);

        foreach (var id in named)
        {
            if (!context.Patients.Exists(p => p.Id == id))
            {
                context.Patients.Add(new Patient { Id = id });
            }
        }

        context.Patients.Sort((a, b) => ComparePatientIds(a.Id, b.Id));
    }

    private static int ComparePatientIds(string a, string b)
    {
        var byLength = a.Length.CompareTo(b.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(a, b);
    }

    private static void AddPatients<T>(SortedSet<string> named, List<T> facts, Func<T, string> patient)
    {
        foreach (var fact in facts)
        {
            named.Add(patient(fact));
        }
    }

    private static void Order<T>(List<T> facts, Func<T, Evidence> evidence, Func<T, string> name)
    {
        if (facts.Count < 2)
        {
            // Nothing to reorder or to deduplicate.
            return;
        }

        var distinct = facts.Distinct().ToList();
        distinct.Sort((x, y) =>
        {
            var ex = evidence(x);
            var ey = evidence(y);
            var c = ex.Start.CompareTo(ey.Start);
            if (c == 0)
            {
                c = ex.End.CompareTo(ey.End);
            }

            return c != 0 ? c : string.CompareOrdinal(name(x), name(y));
        });
        facts.Clear();
        facts.AddRange(distinct);
    }
}
