namespace CaseIngest.Http.Browser;

/// <summary>
/// The case browser's routes, written once: the local host maps them, and the function app exposes one HTTP
/// function per route (pages and export under the same key rules as the API; the assets need no key).
/// </summary>
public static class BrowserRoutes
{
    public const string Search = "/";
    public const string Case = "/cases/{id}";
    public const string Export = "/" + ApiRoutes.Prefix + "/export";
    public const string ApiPage = "/" + ApiRoutes.Prefix + "/docs";
    public const string Asset = "/assets/{name}";

    public static string CasePath(string id) => "/cases/" + Uri.EscapeDataString(id);
}
