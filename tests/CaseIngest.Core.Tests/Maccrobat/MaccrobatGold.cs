namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// Maps one document's MACCROBAT annotations onto our categories (the rules are documented in Maccrobat/README.md).
/// Only facts that the contract can express become gold items; everything else is left out.
/// </summary>
internal static class MaccrobatGold
{
    public static Dictionary<string, List<GoldItem>> Map(BratDocument document, MaccrobatVocabulary vocabulary)
    {
        var items = MaccrobatCategory.All.ToDictionary(c => c, _ => new List<GoldItem>(), StringComparer.Ordinal);
        Patients(document, items[MaccrobatCategory.Patients]);
        foreach (var entity in document.Entities)
        {
            switch (entity.Type)
            {
                case "Disease_disorder" when document.IsAffirmed(entity.Id) && vocabulary.NamesNeoplasm(entity.Text):
                    items[MaccrobatCategory.Diagnoses].Add(new GoldItem(MaccrobatCategory.Diagnoses, entity, MaccrobatCategory.AnyKey));
                    break;
                case "Medication" when vocabulary.NamesAgent(entity.Text):
                    Medication(document, entity, items);
                    break;
                case "Diagnostic_procedure" when vocabulary.NamesMarker(entity.Text) && Marker(document, entity) is { } result:
                    items[MaccrobatCategory.Markers].Add(new GoldItem(MaccrobatCategory.Markers, entity, result));
                    break;
            }

            if (Outcome(document, entity) is { } kind)
            {
                items[MaccrobatCategory.Outcomes].Add(new GoldItem(MaccrobatCategory.Outcomes, entity, kind));
            }

            if (IsAdverseEvent(document, entity))
            {
                items[MaccrobatCategory.AdverseEvents].Add(new GoldItem(MaccrobatCategory.AdverseEvents, entity, MaccrobatCategory.AnyKey));
            }
        }

        return items.ToDictionary(p => p.Key, p => Merge(document, p.Value), StringComparer.Ordinal);
    }

    /// <summary>
    /// Repeated mentions of one fact become one item: items of a category with the same key whose mentions have the same
    /// words (ignoring case) or are linked by an IDENTICAL relation ("IVIG" and "intravenous immunoglobulin"). Outcomes
    /// merge by kind alone: a patient dies once however often the report says so.
    /// </summary>
    public static List<GoldItem> Merge(BratDocument document, List<GoldItem> items)
    {
        var groups = new List<List<GoldItem>>();
        foreach (var item in items)
        {
            var joined = groups.Where(g => g.Exists(other => Same(document, item, other))).ToList();
            var group = new List<GoldItem> { item };
            foreach (var other in joined)
            {
                group.AddRange(other);
                groups.Remove(other);
            }

            groups.Add(group);
        }

        return [.. groups.Select(g => new GoldItem(g[0].Category, g.SelectMany(i => i.Anchors).Distinct().OrderBy(a => a.Start).ToList(), g[0].Key))
            .OrderBy(i => i.Anchors.Count == 0 ? -1 : i.Anchors[0].Start)];
    }

    private static bool Same(BratDocument document, GoldItem item, GoldItem other)
    {
        if (item.Key != other.Key || item.Anchors.Count == 0 || other.Anchors.Count == 0)
        {
            return false;
        }

        return item.Category == MaccrobatCategory.Outcomes
            || item.Anchors.Any(a => other.Anchors.Any(b => string.Equals(Name(item.Category, a), Name(item.Category, b), StringComparison.Ordinal)
                || document.Identical(a.Id, b.Id)));
    }

    /// <summary>
    /// The words of a mention, lower case, the last one singular ("ovarian tumors" is "ovarian tumor"); for markers without
    /// "serum", "plasma", "level", "anti" and trailing punctuation.
    /// </summary>
    private static string Name(string category, BratEntity entity)
    {
        var words = entity.Text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (category == MaccrobatCategory.Markers)
        {
            words.RemoveAll(w => w is "serum" or "plasma" or "level" or "levels" or "anti" or "of");
        }

        var name = string.Join(' ', words).Trim(',', '.', ';', ':');
        return name.Length > 3 && name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal)
            && !name.EndsWith("is", StringComparison.Ordinal) && !name.EndsWith("us", StringComparison.Ordinal) ? name[..^1] : name;
    }

    /// <summary>A Medication that is negated (POLARITY NEG) must be stated as not given; any other status is fine otherwise.</summary>
    public static string DrugKey(BratDocument document, BratEntity medication) =>
        document.Attribute(medication.Id, "POLARITY") == "NEG" ? "not-given" : MaccrobatCategory.AnyKey;

    /// <summary>Distinct dose keys of a Medication's Dosage modifiers.</summary>
    public static IEnumerable<string> Doses(BratDocument document, BratEntity medication) =>
        document.Modifiers(medication.Id, "Dosage").Select(d => MaccrobatValues.Dose(d.Text)).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>Distinct route, frequency and cycle keys ("route|oral", "every|0.5|day", "cycles|6") of a Medication's modifiers.</summary>
    public static IEnumerable<string> Regimen(BratDocument document, BratEntity medication)
    {
        var routes = document.Modifiers(medication.Id, "Administration").Select(a => MaccrobatValues.Route(a.Text)).OfType<string>().Select(r => "route|" + r);
        var schedule = document.Modifiers(medication.Id, "Frequency").Concat(document.Modifiers(medication.Id, "Dosage")).ToList();
        var frequencies = schedule.Select(f => MaccrobatValues.Frequency(f.Text)).OfType<string>().Select(f => "every|" + f);
        var cycles = schedule.Select(f => MaccrobatValues.Cycles(f.Text)).OfType<int>().Select(c => "cycles|" + c.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return routes.Concat(frequencies).Concat(cycles).Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// The result of a marker test from its Lab_value modifiers: the first qualitative result, turned negative when the test
    /// itself is negated; else, for a serum tumour marker with a measured value, "value" (the engine must state a value).
    /// </summary>
    public static string? Marker(BratDocument document, BratEntity procedure)
    {
        var values = document.Modifiers(procedure.Id, "Lab_value").ToList();
        if (values.Select(v => MaccrobatValues.MarkerResult(v.Text)).FirstOrDefault(r => r is not null) is { } result)
        {
            return result == "positive" && document.Attribute(procedure.Id, "POLARITY") == "NEG" ? "negative" : result;
        }

        if (!MaccrobatVocabulary.IsSerumTumourMarker(procedure.Text))
        {
            return null;
        }

        return values.Any(v => MaccrobatValues.Number(v.Text) is not null) ? "value" : null;
    }

    /// <summary>
    /// An affirmed sign or disorder that the annotators tie by CAUSE to a Medication (Medication is Arg1, the event Arg2;
    /// a Coreference that IDENTICAL links to a Medication counts as one), unless it is the improvement the drug was given for ("resolution of all features").
    /// </summary>
    public static bool IsAdverseEvent(BratDocument document, BratEntity entity) =>
        entity.Type is "Sign_symptom" or "Disease_disorder" && document.IsAffirmed(entity.Id) && !MaccrobatValues.IsImprovement(entity.Text)
        && document.Causes(entity.Id).Any(s => s.Type == "Medication");

    /// <summary>
    /// The outcome of an affirmed entity; a negated recurrence or progression ("without any recurrence") is
    /// no-evidence-of-disease; other negated or hedged outcomes are none.
    /// </summary>
    public static string? Outcome(BratDocument document, BratEntity entity) => OutcomeKind(entity) switch
    {
        null => null,
        var kind when document.IsAffirmed(entity.Id) => kind,
        "recurrence" or "progressive-disease" when document.Attribute(entity.Id, "POLARITY") == "NEG" => "no-evidence-of-disease",
        _ => null,
    };

    /// <summary>
    /// The outcome kind an entity states, whatever its polarity: an Outcome span ("died", "expired"), a death written as an
    /// Activity or Clinical_event, or a sign or disorder that is a recurrence, progression or remission of the disease
    /// (not "remission of symptoms").
    /// </summary>
    public static string? OutcomeKind(BratEntity entity) => entity.Type switch
    {
        "Outcome" => MaccrobatValues.OutcomeKind(entity.Text),
        "Activity" or "Clinical_event" => MaccrobatValues.OutcomeKind(entity.Text) is "death" ? "death" : null,
        "Sign_symptom" or "Disease_disorder" when !entity.Text.Contains("symptom", StringComparison.OrdinalIgnoreCase) =>
            MaccrobatValues.OutcomeKind(entity.Text) is { } kind and not "death" ? kind : null,
        _ => null,
    };

    private static void Medication(BratDocument document, BratEntity medication, Dictionary<string, List<GoldItem>> items)
    {
        items[MaccrobatCategory.Drugs].Add(new GoldItem(MaccrobatCategory.Drugs, medication, DrugKey(document, medication)));
        foreach (var dose in Doses(document, medication))
        {
            items[MaccrobatCategory.Doses].Add(new GoldItem(MaccrobatCategory.Doses, medication, dose));
        }

        foreach (var regimen in Regimen(document, medication))
        {
            items[MaccrobatCategory.Regimen].Add(new GoldItem(MaccrobatCategory.Regimen, medication, regimen));
        }
    }

    /// <summary>The first Age and the first Sex by offset, as the first patient's; vague ages ("60s") are left out.</summary>
    private static void Patients(BratDocument document, List<GoldItem> items)
    {
        if (document.OfType("Age").FirstOrDefault() is { } age && MaccrobatValues.AgeYears(age.Text) is { } years)
        {
            items.Add(new GoldItem(MaccrobatCategory.Patients, Array.Empty<BratEntity>(), "age|" + MaccrobatValues.Format(years)));
        }

        if (document.OfType("Sex").FirstOrDefault() is { } sex && MaccrobatValues.Sex(sex.Text) is { } value)
        {
            items.Add(new GoldItem(MaccrobatCategory.Patients, Array.Empty<BratEntity>(), "sex|" + value));
        }
    }
}
