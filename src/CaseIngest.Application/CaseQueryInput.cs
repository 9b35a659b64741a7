using CaseIngest.Storage;

namespace CaseIngest.Application;

/// <summary>
/// The parameters of <c>GET /api/cases</c> as given (strings, unchecked). Each repeated parameter is one more
/// condition (<c>drug=a&amp;drug=b</c>: both drugs); a comma inside one value, or an <c>any…</c> parameter, is a choice
/// (<c>drug=a,b</c> or <c>anyDrug=a,b</c>: either). Values are read through the extraction vocabularies (see
/// <see cref="CaseQueryPlan"/>).
/// </summary>
public sealed class CaseQueryInput
{
    public string? Drug { get; set; }
    public string? Marker { get; set; }
    public string? Outcome { get; set; }
    public string? Diagnosis { get; set; }
    public string? Doi { get; set; }
    public string? Pmid { get; set; }
    /// <summary>given | planned | not-given; with <c>drug</c> it applies to that drug.</summary>
    public string? Status { get; set; }
    /// <summary>Page size, 1 to 1000 (default 50).</summary>
    public string? Top { get; set; }
    public string? ContinuationToken { get; set; }

    /// <summary>
    /// Every parameter of the request with all its values, as the query string holds them. When set it is what the
    /// query is made from (the properties above are ignored), and a name that is not a known parameter is an error.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Parameters { get; set; }

    /// <summary>Longest filter value accepted; longer values answer 400 before any storage request.</summary>
    public const int MaxValueLength = 256;

    /// <summary>Longest continuation token accepted.</summary>
    public const int MaxTokenLength = 512;

    /// <summary>Parameters a request may carry, besides the filters: paging, and the function key the host reads.</summary>
    public static IReadOnlyList<string> PagingParameters { get; } = ["top", "continuationToken", "code"];

    /// <summary>Every parameter <c>GET /api/cases</c> knows.</summary>
    public static IReadOnlyList<string> KnownParameters { get; } =
    [
        "drug", "anyDrug", "status", "marker", "anyMarker", "minMarkerValue", "maxMarkerValue", "outcome", "anyOutcome",
        "diagnosis", "anyDiagnosis", "ae", "anyAe", "minAeGrade", "year", "sex", "minAge", "maxAge", "doi", "pmid",
        .. PagingParameters,
    ];

    /// <summary>The filters of <c>GET /api/cases</c>: <see cref="KnownParameters"/> without paging.</summary>
    public static IReadOnlyList<string> FilterParameters { get; } = [.. KnownParameters.Where(p => !PagingParameters.Contains(p, StringComparer.Ordinal))];

    /// <summary>The parameters read by name: one value each.</summary>
    public static CaseQueryInput From(Func<string, string?> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return new CaseQueryInput
        {
            Drug = parameter("drug"),
            Marker = parameter("marker"),
            Outcome = parameter("outcome"),
            Diagnosis = parameter("diagnosis"),
            Doi = parameter("doi"),
            Pmid = parameter("pmid"),
            Status = parameter("status"),
            Top = parameter("top"),
            ContinuationToken = parameter("continuationToken"),
        };
    }

    /// <summary>Every parameter with all its values: <see cref="Parameters"/>, else the properties.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AllParameters()
    {
        if (Parameters is not null)
        {
            return Parameters;
        }

        var all = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in new[] { ("drug", Drug), ("marker", Marker), ("outcome", Outcome), ("diagnosis", Diagnosis), ("doi", Doi), ("pmid", Pmid), ("status", Status), ("top", Top), ("continuationToken", ContinuationToken) })
        {
            if (value is not null)
            {
                all[name] = [value];
            }
        }

        return all;
    }

    /// <summary>The storage query and how each value was understood, or the validation errors by parameter name.</summary>
    public bool TryCreate(out CaseQuery query, out Dictionary<string, string[]> errors) =>
        TryCreate(out query, out _, out errors);

    public bool TryCreate(out CaseQuery query, out IReadOnlyDictionary<string, IReadOnlyList<Core.Vocabulary.Interpretation>> interpretedAs, out Dictionary<string, string[]> errors)
    {
        var plan = CaseQueryPlan.Create(AllParameters());
        query = plan.Query;
        interpretedAs = plan.InterpretedAs;
        errors = plan.Errors;
        return errors.Count == 0;
    }
}
