using System.CommandLine;
using CaseIngest.Application;

namespace CaseIngest.Cli;

/// <summary>
/// The filters <c>query</c> and <c>export</c> share: one option per filter of <c>GET /api/cases</c>
/// (<c>--any-drug</c> for <c>anyDrug</c>), handed to the same query plan as the API. Each repeated option is one more
/// condition (AND), a comma inside a value a choice (OR), as repeated parameters and commas are in the API.
/// </summary>
internal sealed class QueryFilters
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["drug"] = "Drug: generic or brand name (keytruda); a,b = either; repeat for both.",
        ["anyDrug"] = "Any of these drugs (comma-separated).",
        ["status"] = "given | planned | not-given (of --drug when given).",
        ["marker"] = "Biomarker or alias (PD-L1, CD274), with a result after ':' (PD-L1:positive).",
        ["anyMarker"] = "Any of these markers (comma-separated).",
        ["minMarkerValue"] = "Marker value (percentage, score, level) at least this, of the one --marker given.",
        ["maxMarkerValue"] = "Marker value at most this, of the one --marker given.",
        ["outcome"] = "Outcome, e.g. partial-response, PR, partial response.",
        ["anyOutcome"] = "Any of these outcomes (comma-separated).",
        ["diagnosis"] = "Diagnosis name or abbreviation; subtypes included (sarcoma: every sarcoma in every tissue).",
        ["anyDiagnosis"] = "Any of these diagnoses (comma-separated).",
        ["ae"] = "Adverse event: CTCAE term or wording (pneumonitis, itching).",
        ["anyAe"] = "Any of these adverse events (comma-separated).",
        ["minAeGrade"] = "CTCAE grade 1 to 5: events of this grade or higher (of --ae when given).",
        ["year"] = "Year of publication; 2023,2024 = either.",
        ["sex"] = "female | male: a patient of this sex.",
        ["minAge"] = "A patient at least this old (years).",
        ["maxAge"] = "A patient at most this old (years).",
        ["doi"] = "Article DOI.",
        ["pmid"] = "PubMed id.",
    };

    private readonly List<(string Parameter, Option<string[]> Option)> _options =
    [
        .. CaseQueryInput.FilterParameters.Select(p => (p, new Option<string[]>(OptionOf(p))
        {
            Description = Descriptions.GetValueOrDefault(p, "As the API's " + p + " parameter."),
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        })),
    ];

    /// <summary>The option of an API parameter: <c>minAeGrade</c> is <c>--min-ae-grade</c>.</summary>
    public static string OptionOf(string parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return "--" + string.Concat(parameter.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));
    }

    public void AddTo(Command command)
    {
        foreach (var (_, option) in _options)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The filters given, by API parameter name, each with all its values in order.</summary>
    public Dictionary<string, IReadOnlyList<string>> Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var parameters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (parameter, option) in _options)
        {
            if (parse.GetValue(option) is { Length: > 0 } values)
            {
                parameters[parameter] = values;
            }
        }

        return parameters;
    }
}
