namespace CaseIngest.Application;

/// <summary>How a query behind the API ended; each shell maps it to its own answer (HTTP status, exit code).</summary>
public enum QueryStatus
{
    Ok,
    /// <summary>A parameter is not valid; <see cref="QueryAnswer.Errors"/> says which.</summary>
    Invalid,
    NotFound,
    /// <summary>The answer cannot be given as asked (the document changed after extraction).</summary>
    Conflict,
    /// <summary>Storage does not answer.</summary>
    Unavailable,
}
