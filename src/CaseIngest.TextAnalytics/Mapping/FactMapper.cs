using System.Globalization;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Drugs;
using CaseIngest.Core.Model;
using CaseIngest.TextAnalytics.Reading;

namespace CaseIngest.TextAnalytics.Mapping;

/// <summary>
/// Turns the service's reading into our facts: medications with the dosage, route and frequency related to them;
/// diagnoses; genes, variants and examinations with values (<see cref="MarkerMapper"/>); and symptoms or signs as
/// adverse events only where the sentence ties them to a given medication. Negated medications are not given,
/// hypothetical or conditional ones planned; negated, hypothetical, uncertain findings and anything said of someone
/// else are dropped. Only text about the case yields facts, as for the rules.
/// </summary>
internal static class FactMapper
{
    public static MappedFacts Map(ExtractionContext context, HealthcareReading reading)
    {
        var relations = new RelationIndex(reading);
        var facts = new MappedFacts();
        var events = new HashSet<int>();
        for (var i = 0; i < reading.Entities.Count; i++)
        {
            var entity = reading.Entities[i];
            if (!context.IsAboutCase(entity.Start))
            {
                continue;
            }

            var verdict = Assertions.Of(entity.Entity.Assertion);
            switch (entity.Category)
            {
                case "MedicationName" when Drug(context, entity, i, verdict, relations) is { } drug:
                    facts.Drugs.Add(drug);
                    break;
                case "SymptomOrSign" or "Diagnosis" when verdict == AssertionVerdict.Affirmed && AdverseEvents.Read(context, reading, i, relations) is { } adverse:
                    facts.AdverseEvents.Add(adverse);
                    events.Add(i);
                    break;
                case "Diagnosis" when verdict == AssertionVerdict.Affirmed:
                    facts.Diagnoses.Add(new Diagnosis
                    {
                        Patient = context.PatientAt(entity.Start),
                        Name = entity.Entity.Text.ToLowerInvariant(),
                        Source = FactSource.TextAnalytics,
                        Links = VocabularyLinks.Of(entity.Entity),
                        Evidence = context.Evidence(entity.Start, entity.End),
                    });
                    break;
            }
        }

        MarkerMapper.Map(context, reading, relations, facts.Markers);
        return facts;
    }

    private static DrugFact? Drug(ExtractionContext context, PlacedEntity entity, int index, AssertionVerdict verdict, RelationIndex relations)
    {
        var status = verdict switch
        {
            AssertionVerdict.Affirmed => TreatmentStatus.Given,
            AssertionVerdict.Negated => TreatmentStatus.NotGiven,
            AssertionVerdict.Hypothetical => TreatmentStatus.Planned,
            _ => null,
        };
        if (status is null)
        {
            return null;
        }

        var dosage = relations.Related(index, "DosageOfMedication", "Dosage");
        var route = relations.Related(index, "RouteOfMedication", "MedicationRoute");
        var frequency = relations.Related(index, "FrequencyOfMedication", "Frequency");
        Frequency? perTime = null;
        var dose = dosage is null ? null : DrugAttributeParser.FindDose(dosage.Entity.Text, out perTime);
        return new DrugFact
        {
            Patient = context.PatientAt(entity.Start),
            Name = DrugName(entity),
            Mention = entity.Entity.Text,
            Status = status,
            Dose = dose,
            Route = route is null ? null : Route(route.Entity.Text),
            Frequency = (frequency is null ? null : DrugAttributeParser.FindFrequency(frequency.Entity.Text)) ?? perTime,
            Source = FactSource.TextAnalytics,
            Links = VocabularyLinks.Of(entity.Entity),
            Evidence = context.Evidence(entity.Start, entity.End),
        };
    }

    /// <summary>The concept's preferred name when it is one plain word (an INN: "pembrolizumab"), else the words as written.</summary>
    internal static string DrugName(PlacedEntity entity)
    {
        var name = entity.Entity.Name;
        var preferred = name is { Length: > 0 } && !name.Contains(' ', StringComparison.Ordinal) ? name : entity.Entity.Text;
        return preferred.ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>The contract's route for the service's route words ("intravenously", "IV", "orally", "p.o.").</summary>
    internal static string? Route(string words)
    {
        var w = words.ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return w switch
        {
            _ when w.StartsWith("intravenous", StringComparison.Ordinal) || w is "iv" => "intravenous",
            _ when w.StartsWith("oral", StringComparison.Ordinal) || w is "po" or "bymouth" => "oral",
            _ when w.StartsWith("subcutaneous", StringComparison.Ordinal) || w is "sc" or "sq" or "subq" => "subcutaneous",
            _ when w.StartsWith("intramuscular", StringComparison.Ordinal) || w is "im" => "intramuscular",
            _ when w.StartsWith("intrathecal", StringComparison.Ordinal) || w is "it" => "intrathecal",
            _ when w.StartsWith("topical", StringComparison.Ordinal) => "topical",
            _ => DrugAttributeParser.FindRoute(words),
        };
    }
}
