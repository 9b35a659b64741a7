using System.CommandLine;
using CaseIngest.Storage;

namespace CaseIngest.Cli;

/// <summary>The filters <c>query</c> and <c>export</c> share; they mean what the HTTP API's query parameters mean.</summary>
internal sealed class QueryFilters
{
    private readonly Option<string?> _drug = new("--drug") { Description = "Drug: generic or brand name (keytruda)." };
    private readonly Option<string?> _marker = new("--marker") { Description = "Biomarker or alias, e.g. PD-L1, CD274, PD-L1 TPS." };
    private readonly Option<string?> _outcome = new("--outcome") { Description = "Outcome, e.g. partial-response, PR, partial response." };
    private readonly Option<string?> _diagnosis = new("--diagnosis") { Description = "Diagnosis name or abbreviation; OncoTree subtypes included (sarcoma, UPS)." };
    private readonly Option<string?> _doi = new("--doi") { Description = "Article DOI." };
    private readonly Option<string?> _pmid = new("--pmid") { Description = "PubMed id." };
    private readonly Option<string?> _status = new("--status") { Description = "given | planned | not-given (of --drug when given)." };

    public void AddTo(Command command)
    {
        foreach (var option in new[] { _drug, _marker, _outcome, _diagnosis, _doi, _pmid, _status })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// The query with each value read through the extraction vocabularies, as the HTTP API reads it (<c>--drug keytruda</c>
    /// finds pembrolizumab); values the API would refuse are passed on as given.
    /// </summary>
    public CaseQuery Read(ParseResult parse, int top, string? continuationToken)
    {
        var raw = ReadRaw(parse, top, continuationToken);
        var input = new Application.CaseQueryInput
        {
            Drug = raw.Drug,
            Marker = raw.Marker,
            Outcome = raw.Outcome,
            Diagnosis = raw.Diagnosis,
            Doi = raw.Doi,
            Pmid = raw.Pmid,
            Status = raw.Status,
            Top = top.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ContinuationToken = continuationToken,
        };
        return input.TryCreate(out var query, out _) ? query : raw;
    }

    private CaseQuery ReadRaw(ParseResult parse, int top, string? continuationToken) => new()
    {
        Drug = parse.GetValue(_drug),
        Marker = parse.GetValue(_marker),
        Outcome = parse.GetValue(_outcome),
        Diagnosis = parse.GetValue(_diagnosis),
        Doi = parse.GetValue(_doi),
        Pmid = parse.GetValue(_pmid),
        Status = parse.GetValue(_status),
        Top = top,
        ContinuationToken = continuationToken,
    };
}
