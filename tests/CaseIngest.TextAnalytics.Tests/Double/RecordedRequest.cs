namespace CaseIngest.TextAnalytics.Tests.Double;

/// <summary>A request the double received: method, path with query, headers and body.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At);
