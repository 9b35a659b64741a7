using System.Globalization;
using CaseIngest.Core.Model;
using CaseIngest.Storage;

namespace CaseIngest.Application;

/// <summary>The parameters of <c>GET /api/cases</c> as given (strings, unchecked); every filter given must hold.</summary>
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

    /// <summary>Longest filter value accepted; longer values answer 400 before any storage request.</summary>
    public const int MaxValueLength = 256;

    /// <summary>Longest continuation token accepted.</summary>
    public const int MaxTokenLength = 512;

    /// <summary>The parameters read by name (a query string, command-line options).</summary>
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

    /// <summary>The storage query, or the validation errors by parameter name.</summary>
    public bool TryCreate(out CaseQuery query, out Dictionary<string, string[]> errors)
    {
        errors = [];
        foreach (var (parameter, value) in new[] { ("drug", Drug), ("marker", Marker), ("outcome", Outcome), ("diagnosis", Diagnosis), ("doi", Doi), ("pmid", Pmid) })
        {
            if (value is { Length: > MaxValueLength })
            {
                errors[parameter] = [$"{parameter} must be at most {MaxValueLength} characters."];
            }
        }

        if (ContinuationToken is { Length: > MaxTokenLength })
        {
            errors["continuationToken"] = ["The continuation token is not valid."];
        }

        var top = CaseQuery.DefaultTop;
        if (Top is not null && (!int.TryParse(Top, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top < 1 || top > CaseQuery.MaxTop))
        {
            errors["top"] = [$"top must be a whole number from 1 to {CaseQuery.MaxTop}."];
        }

        if (Status is not null && Status is not (TreatmentStatus.Given or TreatmentStatus.Planned or TreatmentStatus.NotGiven))
        {
            errors["status"] = ["status must be given, planned or not-given."];
        }

        query = new CaseQuery
        {
            Drug = Drug,
            Marker = Marker,
            Outcome = Outcome,
            Diagnosis = Diagnosis,
            Doi = Doi,
            Pmid = Pmid,
            Status = Status,
            Top = top,
            ContinuationToken = ContinuationToken,
        };
        return errors.Count == 0;
    }
}
