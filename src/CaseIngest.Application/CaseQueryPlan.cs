using System.Globalization;
using CaseIngest.Core.Model;
using CaseIngest.Core.Vocabulary;
using CaseIngest.Storage;
using CaseIngest.Storage.Keys;

namespace CaseIngest.Application;

/// <summary>
/// Turns the parameters of <c>GET /api/cases</c> into index conditions: every value read through the extraction
/// vocabularies (and reported as understood), each repeated parameter one more condition (AND), each comma-separated
/// list or <c>any…</c> parameter one choice (OR), ranges for ages, grades and marker values. Every error names its
/// parameter and what it accepts.
/// </summary>
internal sealed class CaseQueryPlan
{
    private static readonly string[] Statuses = [TreatmentStatus.Given, TreatmentStatus.Planned, TreatmentStatus.NotGiven];
    private static readonly string[] Sexes = ["female", "male"];
    private static readonly string[] MarkerResultWords =
        ["positive", "negative", "high", "low", "mutated", "wild-type", "amplified", "rearranged", "intact", "lost", "msi-high", "msi-stable"];

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _parameters;
    private readonly List<IndexFilter> _filters = [];

    private CaseQueryPlan(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters) => _parameters = parameters;

    public CaseQuery Query { get; private set; } = new();

    public Dictionary<string, IReadOnlyList<Interpretation>> InterpretedAs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public static CaseQueryPlan Create(IReadOnlyDictionary<string, IReadOnlyList<string>> parameters)
    {
        var plan = new CaseQueryPlan(parameters);
        plan.Build();
        return plan;
    }

    private void Build()
    {
        var vocabulary = QueryVocabulary.Default;
        foreach (var (name, values) in _parameters)
        {
            if (!CaseQueryInput.KnownParameters.Contains(name, StringComparer.Ordinal))
            {
                Error(name, $"'{name}' is not a parameter of /api/cases. Known parameters: {string.Join(", ", CaseQueryInput.KnownParameters)}.");
            }
            else if (name != "continuationToken" && values.Any(v => v.Length > CaseQueryInput.MaxValueLength))
            {
                Error(name, $"{name} must be at most {CaseQueryInput.MaxValueLength} characters.");
            }
        }

        foreach (var name in new[] { "doi", "pmid" })
        {
            foreach (var value in Values(name).Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                _filters.Add(IndexFilter.Any([IndexKeys.Partition(name, value)]));
            }
        }

        var status = Once("status");
        if (status is not null && !Statuses.Contains(status, StringComparer.Ordinal))
        {
            Error("status", "status must be given, planned or not-given.");
            status = null;
        }

        var drugs = Groups("drug", "anyDrug", vocabulary.Drug);
        foreach (var group in drugs)
        {
            _filters.Add(IndexFilter.Any(group.Select(i => status is null ? IndexKeys.Partition(IndexFacet.Drug, i.As) : IndexKeys.DrugStatusPartition(i.As, status))));
        }

        AddMarkers(vocabulary);
        foreach (var group in Groups("outcome", "anyOutcome", vocabulary.Outcome))
        {
            _filters.Add(IndexFilter.Any(group.Select(i => IndexKeys.Partition(IndexFacet.Outcome, i.As))));
        }

        foreach (var group in Groups("diagnosis", "anyDiagnosis", vocabulary.Diagnosis))
        {
            _filters.Add(IndexFilter.Any(group.SelectMany(DiagnosisPartitions)));
        }

        AddAdverseEvents(vocabulary);
        foreach (var value in Values("year"))
        {
            var years = Split(value).Select(y => int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2200 ? year.ToString(CultureInfo.InvariantCulture) : null).ToList();
            if (years.Count == 0 || years.Contains(null))
            {
                Error("year", "year must be a year of publication (four digits), or several separated by commas.");
                continue;
            }

            _filters.Add(IndexFilter.Any(years.Select(y => IndexKeys.Partition(IndexFacet.Year, y!))));
        }

        foreach (var value in Values("sex"))
        {
            var sexes = Split(value).Select(s => s.ToLowerInvariant()).ToList();
            if (sexes.Count == 0 || sexes.Any(s => !Sexes.Contains(s, StringComparer.Ordinal)))
            {
                Error("sex", "sex must be female or male.");
                continue;
            }

            _filters.Add(IndexFilter.Any(sexes.Select(s => IndexKeys.Partition(IndexFacet.Sex, s))));
        }

        if (drugs.Count == 0 && status is not null)
        {
            // A status alone matches most records: it is checked after the other conditions.
            _filters.Add(IndexFilter.Any([IndexKeys.Partition(IndexFacet.Status, status)]));
        }

        var minAge = Number("minAge", 0, 150, "minAge must be an age in years from 0 to 150.");
        var maxAge = Number("maxAge", 0, 150, "maxAge must be an age in years from 0 to 150.");
        if (minAge is not null || maxAge is not null)
        {
            _filters.Add(IndexFilter.Range(IndexKeys.Partition(IndexFacet.Age, IndexKeys.Age(minAge ?? 0)), IndexKeys.Partition(IndexFacet.Age, IndexKeys.Age(maxAge ?? 150)) + "~"));
        }

        var top = CaseQuery.DefaultTop;
        if (Once("top") is { } topText && (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top < 1 || top > CaseQuery.MaxTop))
        {
            Error("top", $"top must be a whole number from 1 to {CaseQuery.MaxTop}.");
        }

        var token = Once("continuationToken");
        if (token is { Length: > CaseQueryInput.MaxTokenLength })
        {
            Error("continuationToken", "The continuation token is not valid.");
        }

        Query = new CaseQuery { Filters = _filters, Top = top, ContinuationToken = token };
    }

    private void AddMarkers(QueryVocabulary vocabulary)
    {
        var markers = new List<Interpretation>();
        foreach (var (parameter, single) in new[] { ("marker", true), ("anyMarker", false) })
        {
            var groups = Values(parameter).Select(v => Split(v).ToList()).Where(g => g.Count > 0).ToList();
            if (!single && groups.Count > 0)
            {
                groups = [[.. groups.SelectMany(g => g)]];
            }

            foreach (var group in groups)
            {
                var partitions = new List<string>();
                foreach (var value in group)
                {
                    var colon = value.LastIndexOf(':');
                    var result = colon > 0 ? value[(colon + 1)..].Trim().ToLowerInvariant() : null;
                    if (result is not null && !MarkerResultWords.Contains(result, StringComparer.Ordinal))
                    {
                        Error(parameter, $"A marker result after ':' must be one of {string.Join(", ", MarkerResultWords)}.");
                        continue;
                    }

                    var interpretation = vocabulary.Marker(result is null ? value : value[..colon]);
                    markers.Add(interpretation);
                    Interpreted(parameter, interpretation);
                    partitions.Add(result is null
                        ? IndexKeys.Partition(IndexFacet.Marker, interpretation.As)
                        : IndexKeys.Partition(IndexFacet.MarkerResult, interpretation.As, result));
                }

                _filters.Add(IndexFilter.Any(partitions));
            }
        }

        var min = Number("minMarkerValue", 0, 999_999_999, "minMarkerValue must be a number (a percentage, a score or a level) of at least 0.");
        var max = Number("maxMarkerValue", 0, 999_999_999, "maxMarkerValue must be a number (a percentage, a score or a level) of at least 0.");
        if (min is null && max is null)
        {
            return;
        }

        var names = markers.Select(m => m.As).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count != 1)
        {
            Error(min is null ? "maxMarkerValue" : "minMarkerValue", "A marker value needs exactly one marker to apply to: give marker= once (e.g. marker=PD-L1&minMarkerValue=50).");
            return;
        }

        var from = IndexKeys.Partition(IndexFacet.MarkerValue, names[0], IndexKeys.Number(min ?? 0));
        var to = max is null ? IndexKeys.Partition(IndexFacet.MarkerValue, names[0], "") + "~" : IndexKeys.Partition(IndexFacet.MarkerValue, names[0], IndexKeys.Number(max.Value)) + "~";
        _filters.Add(IndexFilter.Range(from, to));
    }

    private void AddAdverseEvents(QueryVocabulary vocabulary)
    {
        var grade = Number("minAeGrade", 1, 5, "minAeGrade must be a CTCAE grade from 1 to 5.");
        var grades = grade is null ? [] : Enumerable.Range((int)Math.Ceiling(grade.Value), 5 - (int)Math.Ceiling(grade.Value) + 1).Select(g => g.ToString(CultureInfo.InvariantCulture)).ToList();
        var groups = Groups("ae", "anyAe", vocabulary.AdverseEvent);
        foreach (var group in groups)
        {
            _filters.Add(IndexFilter.Any(grade is null
                ? group.Select(i => IndexKeys.Partition(IndexFacet.AdverseEvent, i.As))
                : group.SelectMany(i => grades.Select(g => IndexKeys.Partition(IndexFacet.AdverseEventTermGrade, i.As, g)))));
        }

        if (groups.Count == 0 && grade is not null)
        {
            _filters.Add(IndexFilter.Any(grades.Select(g => IndexKeys.Partition(IndexFacet.AdverseEventGrade, g))));
        }
    }

    /// <summary>A diagnosis by its name, the names a histology word adds, and its OncoTree nodes (with all beneath them).</summary>
    private static IEnumerable<string> DiagnosisPartitions(Interpretation diagnosis) =>
    [
        IndexKeys.Partition(IndexFacet.Diagnosis, diagnosis.As),
        .. (diagnosis.Names ?? []).Select(n => IndexKeys.Partition(IndexFacet.Diagnosis, n)),
        .. (diagnosis.OncoTree ?? []).Select(c => IndexKeys.Partition(IndexFacet.OncoTree, c)),
    ];

    /// <summary>The conditions of a parameter and its <c>any…</c> form: one group per value, all <c>any…</c> values one group.</summary>
    private List<List<Interpretation>> Groups(string name, string anyName, Func<string, Interpretation> interpret)
    {
        var groups = new List<List<Interpretation>>();
        foreach (var value in Values(name))
        {
            if (Split(value).Select(interpret).ToList() is { Count: > 0 } group)
            {
                group.ForEach(i => Interpreted(name, i));
                groups.Add(group);
            }
        }

        var any = Values(anyName).SelectMany(Split).Select(interpret).ToList();
        any.ForEach(i => Interpreted(anyName, i));
        if (any.Count > 0)
        {
            groups.Add(any);
        }

        return groups;
    }

    private void Interpreted(string name, Interpretation interpretation)
    {
        var list = InterpretedAs.TryGetValue(name, out var existing) ? [.. existing] : new List<Interpretation>();
        list.Add(interpretation);
        InterpretedAs[name] = list;
    }

    private IReadOnlyList<string> Values(string name) => _parameters.TryGetValue(name, out var values) ? values : [];

    private static IEnumerable<string> Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private string? Once(string name)
    {
        var values = Values(name);
        if (values.Count > 1)
        {
            Error(name, $"{name} may be given once.");
        }

        return values.Count == 0 ? null : values[0];
    }

    private double? Number(string name, double min, double max, string message)
    {
        if (Once(name) is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max)
        {
            return value;
        }

        Error(name, message);
        return null;
    }

    private void Error(string name, string message) => Errors.TryAdd(name, [message]);
}
