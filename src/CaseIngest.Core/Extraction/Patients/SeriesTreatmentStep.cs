using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Patients;

/// <summary>
/// In a case series, a drug or radiotherapy course stated for the whole series ("both patients received nivolumab",
/// "these patients were treated with local radiotherapy") is every patient's: each patient without it gets a copy.
/// </summary>
public sealed class SeriesTreatmentStep : IExtractionStep
{
    public string Name => "series-treatments";

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Patients.Count < 2)
        {
            return;
        }

        var series = new SeriesStatements(context);
        var drugs = context.Drugs.Count;
        for (var i = 0; i < drugs; i++)
        {
            var drug = context.Drugs[i];
            if (!series.ForEveryPatient(drug.Evidence.Start))
            {
                continue;
            }

            foreach (var patient in context.Patients)
            {
                if (!context.Drugs.Exists(d => d.Patient == patient.Id && d.Name == drug.Name))
                {
                    context.Drugs.Add(drug with { Patient = patient.Id });
                }
            }
        }

        var courses = context.Radiotherapy.Count;
        for (var i = 0; i < courses; i++)
        {
            var course = context.Radiotherapy[i];
            if (!series.ForEveryPatient(course.Evidence.Start))
            {
                continue;
            }

            foreach (var patient in context.Patients)
            {
                if (!context.Radiotherapy.Exists(r => r.Patient == patient.Id && r.Status == course.Status && r.Site == course.Site))
                {
                    context.Radiotherapy.Add(course with { Patient = patient.Id });
                }
            }
        }
    }
}
