namespace CaseIngest.Application;

public sealed record HealthResponse(string Status, string ExtractorVersion, string Storage);
