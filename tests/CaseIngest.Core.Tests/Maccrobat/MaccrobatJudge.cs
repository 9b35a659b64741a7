using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// Turns an engine record into scored items and judges them against the annotations. A fact is correct when it overlaps
/// a gold item's span and states its key; otherwise each category decides whether the annotations are complete enough
/// to call it wrong, or leave it unjudged (the rules are documented in Maccrobat/README.md).
/// </summary>
internal static class MaccrobatJudge
{
    public static IEnumerable<EngineItem> Items(CaseRecord record)
    {
        if (record.Patients.FirstOrDefault(p => p.Id == "P1") is { } patient)
        {
            if (patient.AgeYears is { } age)
            {
                yield return new EngineItem(MaccrobatCategory.Patients, -1, -1, ["age|" + MaccrobatValues.Format(age)], "age");
            }

            if (patient.Sex is { } sex)
            {
                yield return new EngineItem(MaccrobatCategory.Patients, -1, -1, ["sex|" + sex], "sex");
            }
        }

        foreach (var d in record.Diagnoses)
        {
            yield return Item(MaccrobatCategory.Diagnoses, d.Evidence, [d.Name]) with { Patient = d.Patient };
        }

        foreach (var drug in record.Drugs)
        {
            yield return Item(MaccrobatCategory.Drugs, drug.Evidence, [drug.Status == TreatmentStatus.Given ? "given" : "not-given"]) with { Agent = drug.Name };
            if (drug.Dose is { } dose)
            {
                yield return Item(MaccrobatCategory.Doses, drug.Evidence, [MaccrobatValues.DoseKey(dose.Value, dose.Unit)]) with { Agent = drug.Name };
            }

            if (drug.Route is { } route)
            {
                yield return Item(MaccrobatCategory.Regimen, drug.Evidence, ["route|" + route]) with { Agent = drug.Name };
            }

            if (drug.Frequency is { } frequency)
            {
                yield return Item(MaccrobatCategory.Regimen, drug.Evidence, ["every|" + MaccrobatValues.FrequencyKey(frequency.Every, frequency.Unit)]) with { Agent = drug.Name };
            }

            if (drug.Cycles is { } cycles)
            {
                yield return Item(MaccrobatCategory.Regimen, drug.Evidence, ["cycles|" + cycles.ToString(System.Globalization.CultureInfo.InvariantCulture)]) with { Agent = drug.Name };
            }
        }

        foreach (var marker in record.Markers)
        {
            List<string> keys = [marker.Result ?? MaccrobatCategory.AnyKey];
            if (marker.Value is not null)
            {
                keys.Add("value");
            }

            yield return Item(MaccrobatCategory.Markers, marker.Evidence, keys);
        }

        foreach (var outcome in record.Outcomes)
        {
            yield return Item(MaccrobatCategory.Outcomes, outcome.Evidence, [outcome.Kind, MaccrobatValues.OutcomeFamily(outcome.Kind)]);
        }

        foreach (var adverse in record.AdverseEvents)
        {
            yield return Item(MaccrobatCategory.AdverseEvents, adverse.Evidence, [adverse.Term]);
        }
    }

    public static bool Matches(EngineItem item, GoldItem gold) =>
        item.Category == gold.Category
        && (gold.Anchors.Count == 0 ? item.Start < 0 : gold.Overlaps(item.Start, item.End) || NamedElsewhere(item, gold) || SameAgent(item, gold))
        && (gold.Key == MaccrobatCategory.AnyKey || item.Keys.Contains(gold.Key, StringComparer.Ordinal));

    /// <summary>
    /// A diagnosis of the report's patient states one by its name, its evidence being the first of its mentions: the name
    /// holds every telling word of one of the item's mentions ("gastric adenocarcinoma" for "adenocarcinoma").
    /// </summary>
    private static bool NamedElsewhere(EngineItem item, GoldItem gold) =>
        item.Category == MaccrobatCategory.Diagnoses && item.Patient == "P1"
        && gold.Anchors.Any(a => MaccrobatDiagnosisNaming.States(item.Keys[0], a));

    /// <summary>
    /// A treatment fact states an item of the drug it names wherever its evidence is: the contract gives a drug with one dose
    /// and schedule one entry, its evidence the first mention, so "intravenous immunoglobulin" stated once also finds a later
    /// "IVIG". The key must still agree (the dose, the schedule, not-given).
    /// </summary>
    private static bool SameAgent(EngineItem item, GoldItem gold) =>
        item.Agent is { } agent && gold.Anchors.Any(a => MaccrobatVocabulary.Default.AgentNames(a.Text).Contains(agent));

    /// <summary>The verdict on a fact that matches no gold item of its category.</summary>
    public static Verdict Unmatched(EngineItem item, BratDocument document, IReadOnlyList<GoldItem> gold, MaccrobatVocabulary vocabulary)
    {
        var overlapping = item.Start < 0 ? [] : document.Entities.Where(e => e.Overlaps(item.Start, item.End)).ToList();
        bool Any(string type, Func<BratEntity, bool> rule) => overlapping.Exists(e => e.Type == type && rule(e));
        switch (item.Category)
        {
            case MaccrobatCategory.Patients:
                // The age or the sex differs from an annotated one; a fact with nothing annotated to compare is unjudged.
                var kind = item.Keys[0].Split('|')[0] + "|";
                return gold.Any(g => g.Key.StartsWith(kind, StringComparison.Ordinal)) ? Verdict.Wrong : Verdict.Unjudged;
            case MaccrobatCategory.Diagnoses:
                // Any affirmed disorder the annotators marked is a diagnosis of the patient; one over a negated or hedged
                // sign or disorder, or over no annotation at all, is wrong; one over past history or a description is unjudged.
                if (Any("Disease_disorder", e => document.IsAffirmed(e.Id)))
                {
                    return Verdict.Correct;
                }

                return overlapping.Count == 0 || Any("Disease_disorder", _ => true) || Any("Sign_symptom", e => !document.IsAffirmed(e.Id))
                    ? Verdict.Wrong : Verdict.Unjudged;
            case MaccrobatCategory.Drugs:
                // Every Medication is annotated, named or not; a drug stated as given over a negated Medication is wrong.
                return Any("Medication", e => item.Keys[0] != "given" || MaccrobatGold.DrugKey(document, e) != "not-given")
                    ? Verdict.Correct : Verdict.Wrong;
            case MaccrobatCategory.Doses:
                // Judged over any Medication with an annotated dose, named agent or not ("2 g/kg" of "immunoglobulin").
                return Judge(overlapping.Where(e => e.Type == "Medication").SelectMany(e => MaccrobatGold.Doses(document, e)), item.Keys[0]);
            case MaccrobatCategory.Regimen:
                var prefix = item.Keys[0].Split('|')[0] + "|";
                return Judge(overlapping.Where(e => e.Type == "Medication").SelectMany(e => MaccrobatGold.Regimen(document, e))
                    .Where(k => k.StartsWith(prefix, StringComparison.Ordinal)), item.Keys[0]);
            case MaccrobatCategory.Markers:
                // A test naming a marker with a result is judged; a marker over no annotation at all is wrong.
                if (gold.Any(g => g.Overlaps(item.Start, item.End)))
                {
                    return Verdict.Wrong;
                }

                return overlapping.Count == 0 ? Verdict.Wrong : Verdict.Unjudged;
            case MaccrobatCategory.Outcomes:
                // Deaths are always annotated; other kinds are judged only over an annotated outcome of another kind or a
                // negated one ("without any recurrence"). An outcome the annotators hedged (MAYBE_POS, UNCERTAIN) is unjudged.
                var outcomes = overlapping.Where(e => MaccrobatGold.OutcomeKind(e) is not null).ToList();
                if (outcomes.Exists(e => document.Attribute(e.Id, "POLARITY") is { } polarity && polarity != "NEG"))
                {
                    return Verdict.Unjudged;
                }

                return item.Keys[0] == "death" || outcomes.Count > 0 ? Verdict.Wrong : Verdict.Unjudged;
            case MaccrobatCategory.AdverseEvents:
                return IsNotAnAdverseEvent(overlapping, document, vocabulary) ? Verdict.Wrong : Verdict.Unjudged;
            default:
                return Verdict.Unjudged;
        }
    }

    /// <summary>
    /// An adverse event is wrong over a negated or hedged sign or disorder, over past history, over the neoplasm itself, or
    /// over an event the annotators attribute by CAUSE to something other than a medication.
    /// </summary>
    private static bool IsNotAnAdverseEvent(List<BratEntity> overlapping, BratDocument document, MaccrobatVocabulary vocabulary) =>
        overlapping.Exists(e => e.Type == "History")
        || overlapping.Exists(e => e.Type is "Sign_symptom" or "Disease_disorder"
            && (!document.IsAffirmed(e.Id)
                || (e.Type == "Disease_disorder" && vocabulary.NamesNeoplasm(e.Text))
                || document.Causes(e.Id).Any(s => s.Type != "Medication")));

    /// <summary>Correct when the annotated keys hold the fact's key, wrong when they hold others, unjudged when there are none.</summary>
    private static Verdict Judge(IEnumerable<string> annotated, string key)
    {
        var keys = annotated.ToList();
        return keys.Count == 0 ? Verdict.Unjudged : keys.Contains(key, StringComparer.Ordinal) ? Verdict.Correct : Verdict.Wrong;
    }

    private static EngineItem Item(string category, Evidence evidence, List<string> keys) =>
        new(category, evidence.Start, evidence.End, keys, $"{evidence.Text} [{string.Join(", ", keys)}]");
}
