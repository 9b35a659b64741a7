using System.Text;
using Microsoft.AspNetCore.Http;

namespace CaseIngest.Http.Browser;

/// <summary>
/// A server-rendered page with the headers every page carries: a strict Content-Security-Policy (the app's own
/// script and stylesheet only), no sniffing, no referrer (a key in the URL never leaves the page), no framing.
/// </summary>
internal sealed class HtmlPageResult(string html, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string ContentSecurityPolicy = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public string Html => html;

    public int StatusCode => statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        SecurityHeaders.Apply(httpContext.Response);
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        return httpContext.Response.WriteAsync(html, Encoding.UTF8, httpContext.RequestAborted);
    }
}
