namespace CaseIngest.Functions.Api;

public sealed record HealthResponse(string Status, string ExtractorVersion, string Storage);
