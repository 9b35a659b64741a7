using System.Globalization;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Patients;

/// <summary>
/// Finds the report's patients: age and sex from the first description ("A 57-year-old man", "62 yo M", "a woman
/// in her 60s"), sex from nouns and pronouns of the case text when the description omits it, and the patients of a
/// case series ("Case 1" / "Case 2", "Patient 2", "the second patient"), marking where each one's text begins so
/// that later steps attribute their facts. Only text about the case counts (not other published cases).
/// </summary>
public sealed class PatientStep : IExtractionStep
{
    public string Name => "patients";

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ages = AgeFinder.FindAges(context);
        var mentions = new List<PatientMention>();
        var markers = SeriesMarkers.FindMarkers(context, ages, mentions);
        var series = markers.Count == 0 ? 1 : markers.Max(m => m.Number);
        // in a series the passages established, any patient named in a sentence; otherwise the named ones must make a series
        var named = series >= 2 ? mentions.Where(m => m.Number <= series).OrderBy(m => m.Start).ToList() : SeriesMarkers.InOrder(mentions);
        var count = Math.Max(series, named.Count == 0 ? 1 : named.Max(m => m.Number));
        count = Math.Max(count, StatedSeries.Count(context));
        if (count >= 2)
        {
            foreach (var (start, end, number) in PatientClauses.Of(context, named))
            {
                context.MarkPatientClause(start, end, Id(number));
            }
        }

        if (count < 2)
        {
            var patient = Describe(context, ages, 0, context.Text.Length, ExtractionContext.DefaultPatient);
            if (patient is not null)
            {
                context.Patients.Add(patient);
            }

            return;
        }

        // each patient's own text: from its first marker to the next marker of any patient (the whole text without markers)
        var firstStart = new int[count + 1];
        Array.Fill(firstStart, -1);
        foreach (var marker in markers)
        {
            if (firstStart[marker.Number] < 0)
            {
                firstStart[marker.Number] = marker.Start;
            }

            context.StartPatientSpan(marker.Start, Id(marker.Number));
        }

        for (var n = 1; n <= count; n++)
        {
            var start = firstStart[n] < 0 ? (n == 1 ? 0 : -1) : firstStart[n];
            if (start < 0)
            {
                context.Patients.Add(new Patient { Id = Id(n) });
                continue;
            }

            var end = context.Text.Length;
            foreach (var marker in markers)
            {
                if (marker.Start > start && marker.Number != n)
                {
                    end = marker.Start;
                    break;
                }
            }

            context.Patients.Add(Describe(context, ages, start, end, Id(n)) ?? new Patient { Id = Id(n) });
        }
    }

    private static string Id(int number) => "P" + number.ToString(CultureInfo.InvariantCulture);

    private static Patient? Describe(ExtractionContext context, List<AgeMention> ages, int start, int end, string id)
    {
        AgeMention? first = null;
        foreach (var age in ages)
        {
            if (age.Start >= start && age.Start < end)
            {
                first = age;
                break;
            }
        }

        var sex = first?.Sex ?? PatientSex.SexFromText(context, first?.Start ?? start, end);
        if (first is null && sex is null)
        {
            return null;
        }

        return new Patient { Id = id, AgeYears = first?.Years, Sex = sex };
    }
}
