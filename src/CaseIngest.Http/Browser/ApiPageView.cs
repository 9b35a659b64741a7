using System.Text;

namespace CaseIngest.Http.Browser;

/// <summary>The API page's frame; <c>api.js</c> fills it from the OpenAPI document.</summary>
internal static class ApiPageView
{
    public const string OpenApiPath = "/" + ApiRoutes.Prefix + "/openapi/v1.json";

    public static string Render(string? key)
    {
        var html = new StringBuilder();
        html.Append("<h1>CaseIngest API</h1>")
            .Append("<p>Every operation of the <a href=\"").Append(OpenApiPath).Append("\">OpenAPI document</a>, with a form to try it against this app.</p>")
            .Append("<form class=\"api-key\" id=\"api-key\"><label for=\"function-key\">Function key (Azure only; sent as the <code>x-functions-key</code> header)</label>")
            .Append("<input id=\"function-key\" type=\"password\" autocomplete=\"off\" value=\"").Append(Html.E(key)).Append("\"></form>")
            .Append("<div id=\"api\" data-openapi=\"").Append(OpenApiPath).Append("\" aria-live=\"polite\"><p class=\"note\">Loading the OpenAPI document…</p></div>")
            .Append("<noscript><p>This page needs script to send requests; the <a href=\"").Append(OpenApiPath).Append("\">OpenAPI document</a> lists every operation.</p></noscript>")
            .Append("<script src=\"/assets/api.js\" defer></script>");
        return PageLayout.Wrap("API", key, html.ToString());
    }
}
