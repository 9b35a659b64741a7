namespace CaseIngest.TextAnalytics.Tests.Double;

/// <summary>An answer the double gives instead of the normal one: a status, an optional Retry-After and an error body.</summary>
internal sealed record Fault(int Status, string? RetryAfter = null, string Code = "ServiceUnavailable", string Message = "The service is busy.");
