using CaseIngest.Application;
using Microsoft.AspNetCore.Mvc;

namespace CaseIngest.Http;

/// <summary>The query string of <c>GET /api/cases</c> as bound by ASP.NET Core (and so described in the OpenAPI document).</summary>
public sealed class CaseQueryParameters
{
    [FromQuery(Name = "drug")]
    public string? Drug { get; set; }
    [FromQuery(Name = "marker")]
    public string? Marker { get; set; }
    [FromQuery(Name = "outcome")]
    public string? Outcome { get; set; }
    [FromQuery(Name = "diagnosis")]
    public string? Diagnosis { get; set; }
    [FromQuery(Name = "doi")]
    public string? Doi { get; set; }
    [FromQuery(Name = "pmid")]
    public string? Pmid { get; set; }
    /// <summary>given | planned | not-given; with <c>drug</c> it applies to that drug.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; set; }
    /// <summary>Page size, 1 to 1000 (default 50).</summary>
    [FromQuery(Name = "top")]
    public string? Top { get; set; }
    [FromQuery(Name = "continuationToken")]
    public string? ContinuationToken { get; set; }

    public CaseQueryInput ToInput() => new()
    {
        Drug = Drug,
        Marker = Marker,
        Outcome = Outcome,
        Diagnosis = Diagnosis,
        Doi = Doi,
        Pmid = Pmid,
        Status = Status,
        Top = Top,
        ContinuationToken = ContinuationToken,
    };
}
