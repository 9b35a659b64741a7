using System.CommandLine;
using CaseIngest.Storage;

namespace CaseIngest.Cli;

/// <summary>The filters <c>query</c> and <c>export</c> share; they mean what the HTTP API's query parameters mean.</summary>
internal sealed class QueryFilters
{
    private readonly Option<string?> _drug = new("--drug") { Description = "Generic drug name." };
    private readonly Option<string?> _marker = new("--marker") { Description = "Biomarker, e.g. PD-L1." };
    private readonly Option<string?> _outcome = new("--outcome") { Description = "Outcome kind, e.g. partial-response." };
    private readonly Option<string?> _diagnosis = new("--diagnosis") { Description = "Diagnosis name." };
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

    public CaseQuery Read(ParseResult parse, int top, string? continuationToken) => new()
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
