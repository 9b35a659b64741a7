namespace CaseIngest.Core.Model;

/// <summary>Stable error codes of rejected documents (contract).</summary>
public static class ErrorCodes
{
    public const string Empty = "empty";
    public const string UnsupportedFormat = "unsupported-format";
    public const string MalformedXml = "malformed-xml";
    public const string MalformedHtml = "malformed-html";
    public const string TooLarge = "too-large";
    public const string InvalidEncoding = "invalid-encoding";
    public const string NoArticle = "no-article";
    public const string Unreadable = "unreadable";
    public const string Timeout = "timeout";
    /// <summary>The document name cannot be stored safely (dot segments, control characters, too long).</summary>
    public const string InvalidName = "invalid-name";
    /// <summary>Ingest kept failing for this document; it was set aside instead of being tried forever.</summary>
    public const string IngestFailed = "ingest-failed";
}
