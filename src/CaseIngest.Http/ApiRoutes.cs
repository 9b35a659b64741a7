namespace CaseIngest.Http;

/// <summary>
/// The API's routes, written once: the HTTP functions use them in their triggers (under the host's <c>api</c>
/// prefix) and the local host maps them under <c>/api</c>.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "api";
    public const string Cases = "cases";
    public const string Case = "cases/{id}";
    public const string Facet = "facets/{facet}";
    public const string Article = "articles/{id}";
    public const string Rejections = "rejections";
    public const string Health = "health";
    public const string OpenApi = "openapi/{documentName}.json";
}
