namespace CaseIngest.TextAnalytics.Client;

/// <summary>
/// The service could not analyse the documents: a rejected request, a failed or cancelled job, a job that outlived
/// the client's timeout, or an answer that does not follow the documented schema. <see cref="Code"/> is the service's
/// error code (or the client's: <c>timeout</c>, <c>invalid-response</c>); messages never hold document text or keys.
/// </summary>
public sealed class TextAnalyticsException : Exception
{
    public TextAnalyticsException()
    {
        Code = "unknown";
    }

    public TextAnalyticsException(string message)
        : base(message)
    {
        Code = "unknown";
    }

    public TextAnalyticsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "unknown";
    }

    public TextAnalyticsException(string code, string message, int? status = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Status = status;
    }

    public string Code { get; }

    /// <summary>The HTTP status of the answer that failed, when there was one.</summary>
    public int? Status { get; }
}
