using System.Globalization;
using System.Text.Json;

namespace CaseIngest.Core.Tests.Golden;

/// <summary>
/// Turns a record in contract JSON (a golden file, or the engine's record serialised) into sets of normalised keys,
/// one set per category. The engine states one fact per mention; as sets, repeated mentions collapse into one key.
/// </summary>
public static class GoldenKeys
{
    private static readonly string[] ArticleScalars = ["title", "journal", "year", "pmid", "pmcid", "doi"];
    private static readonly string[] ArticleLists = ["authors", "keywords", "publicationTypes"];

    /// <summary>
    /// Keys of every category except the article, which is compared against the golden fields only. Given the
    /// <paramref name="golden"/> record, an adverse event's CTCAE term and therapies are keyed only where the golden
    /// states them for that patient and term, so goldens written before those fields existed are not penalised;
    /// without it (the record is the golden) wherever the record states them.
    /// </summary>
    public static Dictionary<string, HashSet<string>> Facts(JsonElement record, JsonElement? golden = null)
    {
        var keys = GoldenCategory.All.ToDictionary(c => c, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var patient in Items(record, "patients"))
        {
            keys[GoldenCategory.Patients].Add(Key(Text(patient, "id"), Number(patient, "ageYears"), Text(patient, "sex")));
        }

        foreach (var diagnosis in Items(record, "diagnoses"))
        {
            keys[GoldenCategory.Diagnoses].Add(Key(Text(diagnosis, "patient"), Text(diagnosis, "name")));
        }

        foreach (var drug in Items(record, "drugs"))
        {
            AddDrug(keys, drug);
        }

        foreach (var course in Items(record, "radiotherapy"))
        {
            var set = keys[GoldenCategory.Radiotherapy];
            set.Add(Key(Text(course, "patient"), Text(course, "status"), Number(course, "totalDoseGy"), Number(course, "fractions")));
            if (IsStated(course, "technique"))
            {
                set.Add(Key("technique", Text(course, "technique")));
            }
        }

        foreach (var marker in Items(record, "markers"))
        {
            var set = keys[GoldenCategory.Markers];
            var name = Text(marker, "name");
            set.Add(Key(Text(marker, "patient"), name, Text(marker, "result")));
            if (IsStated(marker, "variant"))
            {
                set.Add(Key(name, "variant", Text(marker, "variant")));
            }

            if (IsStated(marker, "value"))
            {
                set.Add(Key(name, Number(marker, "value"), Text(marker, "method")));
            }
        }

        foreach (var outcome in Items(record, "outcomes"))
        {
            var set = keys[GoldenCategory.Outcomes];
            var kind = Text(outcome, "kind");
            set.Add(Key(Text(outcome, "patient"), kind));
            if (IsStated(outcome, "value"))
            {
                set.Add(Key(kind, Number(outcome, "value"), Text(outcome, "unit")));
            }
        }

        AddAdverseEvents(keys[GoldenCategory.AdverseEvents], record, golden ?? record);
        return keys;
    }

    /// <summary>Article keys: each field the golden record states, as the golden and as the engine's record state it.</summary>
    public static (HashSet<string> Expected, HashSet<string> Actual) Article(JsonElement golden, JsonElement record)
    {
        var expected = new HashSet<string>(StringComparer.Ordinal);
        var actual = new HashSet<string>(StringComparer.Ordinal);
        var goldenArticle = Child(golden, "article");
        var recordArticle = Child(record, "article");
        foreach (var field in ArticleScalars.Where(f => IsStated(goldenArticle, f)))
        {
            expected.Add(Key(field, Scalar(goldenArticle, field)));
            if (IsStated(recordArticle, field))
            {
                actual.Add(Key(field, Scalar(recordArticle, field)));
            }
        }

        foreach (var field in ArticleLists.Where(f => Items(goldenArticle, f).Any()))
        {
            expected.Add(Key(field, List(goldenArticle, field)));
            if (Items(recordArticle, field).Any())
            {
                actual.Add(Key(field, List(recordArticle, field)));
            }
        }

        return (expected, actual);
    }

    public static string Normalise(string? value) => (value ?? "-").Trim().ToLowerInvariant();

    private static void AddAdverseEvents(HashSet<string> set, JsonElement record, JsonElement golden)
    {
        var statesCtcae = new HashSet<string>(StringComparer.Ordinal);
        var statesTherapy = new HashSet<string>(StringComparer.Ordinal);
        foreach (var adverse in Items(golden, "adverseEvents"))
        {
            var id = Key(Text(adverse, "patient"), Text(adverse, "term"));
            if (IsStated(adverse, "ctcaeTerm"))
            {
                statesCtcae.Add(id);
            }

            if (IsStated(adverse, "therapy"))
            {
                statesTherapy.Add(id);
            }
        }

        foreach (var adverse in Items(record, "adverseEvents"))
        {
            var term = Text(adverse, "term");
            var id = Key(Text(adverse, "patient"), term);
            set.Add(id);
            if (IsStated(adverse, "grade"))
            {
                set.Add(Key(term, "grade", Number(adverse, "grade")));
            }

            if (statesCtcae.Contains(id))
            {
                set.Add(Key(term, "ctcae", Text(adverse, "ctcaeTerm")));
            }

            if (statesTherapy.Contains(id))
            {
                foreach (var therapy in Items(adverse, "therapy"))
                {
                    set.Add(Key(term, "therapy", Normalise(therapy.GetString())));
                }
            }
        }
    }

    private static void AddDrug(Dictionary<string, HashSet<string>> keys, JsonElement drug)
    {
        var name = Text(drug, "name");
        keys[GoldenCategory.Drugs].Add(Key(Text(drug, "patient"), name, Text(drug, "status")));
        if (IsStated(drug, "dose"))
        {
            keys[GoldenCategory.Doses].Add(Key(name, DoseKey(drug.GetProperty("dose"))));
        }

        var regimen = keys[GoldenCategory.Regimen];
        if (IsStated(drug, "route"))
        {
            regimen.Add(Key(name, "route", Text(drug, "route")));
        }

        if (IsStated(drug, "frequency"))
        {
            regimen.Add(Key(name, "every", FrequencyKey(drug.GetProperty("frequency"))));
        }

        if (IsStated(drug, "cycles"))
        {
            regimen.Add(Key(name, "cycles", Number(drug, "cycles")));
        }
    }

    /// <summary>Grams become milligrams, so "1 g/m2" and "1000 mg/m2" are one dose; the micro sign has one spelling.</summary>
    private static string DoseKey(JsonElement dose)
    {
        var unit = Text(dose, "unit").Replace('\u03bc', '\u00b5');
        var value = Child(dose, "value") is { ValueKind: JsonValueKind.Number } number ? number.GetDouble() : (double?)null;
        if (value is { } grams && (unit == "g" || unit.StartsWith("g/", StringComparison.Ordinal)))
        {
            return Key(Format(grams * 1000), "mg" + unit[1..]);
        }

        return Key(value is { } v ? Format(v) : "-", unit);
    }

    /// <summary>Hours and weeks become days, so "every 2 weeks" and "every 14 days" are one frequency; months stay months.</summary>
    private static string FrequencyKey(JsonElement frequency)
    {
        var unit = Text(frequency, "unit");
        if (Child(frequency, "every") is not { ValueKind: JsonValueKind.Number } number)
        {
            return Key("-", unit);
        }

        var every = number.GetDouble();
        return unit switch
        {
            "hour" => Key(Format(every / 24), "day"),
            "week" => Key(Format(every * 7), "day"),
            _ => Key(Format(every), unit),
        };
    }

    private static string Format(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Key(params string[] parts) => string.Join('|', parts);

    private static JsonElement Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) ? child : default;

    private static bool IsStated(JsonElement element, string name) =>
        Child(element, name).ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null);

    private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        Child(element, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    private static string Text(JsonElement element, string name) =>
        Child(element, name) is { ValueKind: JsonValueKind.String } value ? Normalise(value.GetString()) : "-";

    private static string Number(JsonElement element, string name) =>
        Child(element, name) is { ValueKind: JsonValueKind.Number } value ? Format(value.GetDouble()) : "-";

    private static string Scalar(JsonElement element, string name) =>
        Child(element, name).ValueKind == JsonValueKind.Number ? Number(element, name) : Text(element, name);

    private static string List(JsonElement element, string name) =>
        string.Join(';', Items(element, name).Select(item => Normalise(item.GetString())));
}
