using System.Text.Json;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Golden;

/// <summary>Checks one golden file against the format: shape, vocabularies, source document and patient references.</summary>
public sealed class GoldenValidator
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    private static readonly Dictionary<string, string[]> Properties = new(StringComparer.Ordinal)
    {
        ["record"] = ["source", "notes", "article", "patients", "diagnoses", "drugs", "radiotherapy", "markers", "outcomes", "adverseEvents"],
        ["article"] = ["title", "journal", "year", "pmid", "pmcid", "doi", "authors", "keywords", "publicationTypes", "isCaseReport"],
        ["patients"] = ["id", "ageYears", "sex"],
        ["diagnoses"] = ["patient", "name", "oncotree"],
        ["drugs"] = ["patient", "name", "status", "drugClass", "dose", "route", "frequency", "cycles"],
        ["radiotherapy"] = ["patient", "status", "totalDoseGy", "fractions", "dosePerFractionGy", "technique", "site"],
        ["markers"] = ["patient", "name", "gene", "variant", "value", "unit", "method", "result"],
        ["outcomes"] = ["patient", "kind", "value", "unit", "qualifier", "therapy"],
        ["adverseEvents"] = ["patient", "term", "grade", "ctcaeTerm", "meddraCode", "therapy"],
    };

    private readonly string _id;
    private readonly Func<string, string> _sourcePath;
    private readonly List<string> _problems;
    private readonly HashSet<string> _patients = new(StringComparer.Ordinal);

    private GoldenValidator(string id, Func<string, string> sourcePath, List<string> problems)
    {
        _id = id;
        _sourcePath = sourcePath;
        _problems = problems;
    }

    public static JsonDocument Parse(string path) => JsonDocument.Parse(File.ReadAllText(path), Options);

    /// <summary>The problems of one golden file whose source is a corpus path.</summary>
    public static List<string> Validate(string path) => Validate(path, static source => Corpus.File(source), "the corpus");

    /// <summary>The problems of one golden file whose source <paramref name="sourcePath"/> resolves inside <paramref name="sourceFolder"/>.</summary>
    public static List<string> Validate(string path, Func<string, string> sourcePath, string sourceFolder)
    {
        var problems = new List<string>();
        var id = GoldenFiles.IdOf(path);
        JsonDocument document;
        try
        {
            document = Parse(path);
        }
        catch (JsonException error)
        {
            return [$"{id}: not valid JSON ({error.Message})"];
        }

        using (document)
        {
            new GoldenValidator(id, sourcePath, problems).Record(document.RootElement, sourceFolder);
        }

        return problems;
    }

    private void Record(JsonElement root, string sourceFolder)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Problem("the root is not an object");
            return;
        }

        Shape(root, "record", "record");
        var source = String(root, "source", "record", required: true);
        if (source is not null)
        {
            if (!File.Exists(_sourcePath(source)))
            {
                Problem($"source {source} is not in {sourceFolder}");
            }
            else if (Path.GetFileNameWithoutExtension(source) is var stem && _id != stem && !_id.EndsWith("-" + stem, StringComparison.Ordinal))
            {
                Problem($"source {source} does not match the file name");
            }
        }

        if (root.TryGetProperty("article", out var article) && article.ValueKind == JsonValueKind.Object)
        {
            Shape(article, "article", "article");
        }
        else
        {
            Problem("article is missing");
        }

        foreach (var (patient, where) in Items(root, "patients"))
        {
            var patientId = String(patient, "id", where, required: true);
            if (patientId is not null && !_patients.Add(patientId))
            {
                Problem($"{where}: patient {patientId} is listed twice");
            }

            In(patient, "sex", GoldenVocabulary.Sexes, where, required: false);
        }

        foreach (var (diagnosis, where) in Items(root, "diagnoses"))
        {
            Names(diagnosis, where);
            LowerCase(diagnosis, "name", where);
        }

        foreach (var (drug, where) in Items(root, "drugs"))
        {
            Drug(drug, where);
        }

        foreach (var (course, where) in Items(root, "radiotherapy"))
        {
            Names(course, where);
            In(course, "status", GoldenVocabulary.Statuses, where, required: true);
        }

        foreach (var (marker, where) in Items(root, "markers"))
        {
            Names(marker, where);
            String(marker, "name", where, required: true);
            In(marker, "result", GoldenVocabulary.MarkerResults, where, required: false);
            In(marker, "unit", GoldenVocabulary.MarkerUnits, where, required: false);
        }

        foreach (var (outcome, where) in Items(root, "outcomes"))
        {
            Names(outcome, where);
            In(outcome, "kind", GoldenVocabulary.OutcomeKinds, where, required: true);
            In(outcome, "unit", GoldenVocabulary.OutcomeUnits, where, required: false);
            In(outcome, "qualifier", GoldenVocabulary.Qualifiers, where, required: false);
            if (outcome.TryGetProperty("therapy", out var therapy) && therapy.ValueKind == JsonValueKind.Array
                && therapy.EnumerateArray().Any(t => t.GetString() is not { } name || name != name.ToLowerInvariant()))
            {
                Problem($"{where}: therapy names must be lower-case strings");
            }
        }

        foreach (var (adverse, where) in Items(root, "adverseEvents"))
        {
            Names(adverse, where);
            String(adverse, "term", where, required: true);
            LowerCase(adverse, "term", where);
        }
    }

    private void Drug(JsonElement drug, string where)
    {
        Names(drug, where);
        String(drug, "name", where, required: true);
        LowerCase(drug, "name", where);
        In(drug, "status", GoldenVocabulary.Statuses, where, required: true);
        In(drug, "drugClass", GoldenVocabulary.DrugClasses, where, required: false);
        if (drug.TryGetProperty("dose", out var dose) && dose.ValueKind == JsonValueKind.Object)
        {
            In(dose, "unit", GoldenVocabulary.DoseUnits, where + ".dose", required: true);
        }

        if (drug.TryGetProperty("frequency", out var frequency) && frequency.ValueKind == JsonValueKind.Object)
        {
            In(frequency, "unit", GoldenVocabulary.FrequencyUnits, where + ".frequency", required: true);
        }
    }

    private void Names(JsonElement fact, string where)
    {
        Shape(fact, where[..where.IndexOf('[', StringComparison.Ordinal)], where);
        var patient = String(fact, "patient", where, required: true);
        if (patient is not null && !_patients.Contains(patient))
        {
            Problem($"{where}: patient {patient} is not listed in patients");
        }
    }

    private void Shape(JsonElement element, string kind, string where)
    {
        foreach (var property in element.EnumerateObject().Where(p => !Properties[kind].Contains(p.Name)))
        {
            Problem($"{where}: unknown property {property.Name}");
        }
    }

    private IEnumerable<(JsonElement Item, string Where)> Items(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var array))
        {
            Problem($"{name} is missing");
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Problem($"{name} is not a list");
            return [];
        }

        return array.EnumerateArray().Select((item, index) => (item, $"{name}[{index}]"));
    }

    private void In(JsonElement element, string name, IReadOnlySet<string> vocabulary, string where, bool required)
    {
        if (String(element, name, where, required) is { } value && !vocabulary.Contains(value))
        {
            Problem($"{where}: {name} \"{value}\" is not in the contract vocabulary");
        }
    }

    private void LowerCase(JsonElement element, string name, string where)
    {
        if (String(element, name, where, required: false) is { } value && value != value.ToLowerInvariant())
        {
            Problem($"{where}: {name} \"{value}\" is not lower case");
        }
    }

    private string? String(JsonElement element, string name, string where, bool required)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem($"{where}: not an object");
            return null;
        }

        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problem($"{where}: {name} is missing");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem($"{where}: {name} is not a string");
            return null;
        }

        return value.GetString();
    }

    private void Problem(string message) => _problems.Add($"{_id}: {message}");
}
