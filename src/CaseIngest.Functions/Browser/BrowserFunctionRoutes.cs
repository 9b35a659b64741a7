using CaseIngest.Http;

namespace CaseIngest.Functions.Browser;

/// <summary>
/// The case browser's routes as the HTTP functions' triggers spell them (host.json sets an empty route prefix, so
/// each is the path without its leading slash). The host treats an empty route as the function's name: the search
/// page at the site root is an optional segment that may only be empty.
/// </summary>
internal static class BrowserFunctionRoutes
{
    public const string Search = "{root:maxlength(0)?}";
    public const string Case = "cases/{id}";
    public const string Export = ApiRoutes.Prefix + "/export";
    public const string ApiPage = ApiRoutes.Prefix + "/docs";
    public const string Asset = "assets/{name}";
}
