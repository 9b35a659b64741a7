namespace CaseIngest.Application;

/// <summary>
/// The answer of one query behind the API: a value when <see cref="Status"/> is Ok, else a title and detail, and
/// for invalid parameters the errors by parameter name. Never carries document text unless asked for.
/// </summary>
public sealed record QueryAnswer(QueryStatus Status, object? Value = null, string? Title = null, string? Detail = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static QueryAnswer Ok(object value) => new(QueryStatus.Ok, value);

    public static QueryAnswer Invalid(string parameter, string message) =>
        new(QueryStatus.Invalid, Errors: new Dictionary<string, string[]>(StringComparer.Ordinal) { [parameter] = [message] });

    public static QueryAnswer Invalid(IReadOnlyDictionary<string, string[]> errors) => new(QueryStatus.Invalid, Errors: errors);
}
