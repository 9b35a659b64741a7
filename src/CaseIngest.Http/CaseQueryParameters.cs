using CaseIngest.Application;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CaseIngest.Http;

/// <summary>The query string of <c>GET /api/cases</c> as bound by ASP.NET Core (and so described in the OpenAPI document).</summary>
public sealed class CaseQueryParameters
{
    [FromQuery(Name = "drug")]
    public string? Drug { get; set; }
    /// <summary>Biomarker or alias (PD-L1, CD274), with a result after ':' (PD-L1:positive, EGFR:mutated).</summary>
    [FromQuery(Name = "marker")]
    public string? Marker { get; set; }
    [FromQuery(Name = "outcome")]
    public string? Outcome { get; set; }
    /// <summary>
    /// Diagnosis name or abbreviation, with its OncoTree subtypes; a histology word (sarcoma, carcinoma, lymphoma,
    /// melanoma) reaches its subtypes in every tissue (osteosarcoma under Bone, endometrial stromal sarcoma under Uterus).
    /// </summary>
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
    /// <summary>Any of several drugs (comma-separated): OR.</summary>
    [FromQuery(Name = "anyDrug")]
    public string? AnyDrug { get; set; }
    [FromQuery(Name = "anyMarker")]
    public string? AnyMarker { get; set; }
    [FromQuery(Name = "anyOutcome")]
    public string? AnyOutcome { get; set; }
    [FromQuery(Name = "anyDiagnosis")]
    public string? AnyDiagnosis { get; set; }
    /// <summary>Adverse event: a CTCAE term or a wording authors use (pneumonitis, rash …).</summary>
    [FromQuery(Name = "ae")]
    public string? Ae { get; set; }
    [FromQuery(Name = "anyAe")]
    public string? AnyAe { get; set; }
    /// <summary>CTCAE grade 1 to 5: events of this grade or higher (of <c>ae</c> when given).</summary>
    [FromQuery(Name = "minAeGrade")]
    public string? MinAeGrade { get; set; }
    /// <summary>Marker value (percentage, score, level) at least this, of the one <c>marker</c> given.</summary>
    [FromQuery(Name = "minMarkerValue")]
    public string? MinMarkerValue { get; set; }
    [FromQuery(Name = "maxMarkerValue")]
    public string? MaxMarkerValue { get; set; }
    /// <summary>Year of publication.</summary>
    [FromQuery(Name = "year")]
    public string? Year { get; set; }
    /// <summary>female | male: a patient of this sex.</summary>
    [FromQuery(Name = "sex")]
    public string? Sex { get; set; }
    /// <summary>A patient at least this old (years).</summary>
    [FromQuery(Name = "minAge")]
    public string? MinAge { get; set; }
    [FromQuery(Name = "maxAge")]
    public string? MaxAge { get; set; }

    /// <summary>The request itself: every parameter with all its values (repeated parameters are AND).</summary>
    public HttpRequest? Request { get; set; }

    public CaseQueryInput ToInput() => Request is not null ? RequestParameters.CaseQuery(Request) : new()
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
