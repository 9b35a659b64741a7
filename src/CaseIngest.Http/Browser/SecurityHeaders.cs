using Microsoft.AspNetCore.Http;

namespace CaseIngest.Http.Browser;

/// <summary>The response headers of the browser's pages and assets.</summary>
internal static class SecurityHeaders
{
    public static void Apply(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = HtmlPageResult.ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "DENY";
    }
}
