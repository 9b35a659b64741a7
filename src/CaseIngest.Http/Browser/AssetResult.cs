using Microsoft.AspNetCore.Http;

namespace CaseIngest.Http.Browser;

/// <summary>One static asset: its bytes, content type and caching (an hour; the app's assets change only with a new build).</summary>
internal sealed class AssetResult(byte[] content, string contentType) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        SecurityHeaders.Apply(response);
        response.ContentType = contentType;
        response.Headers.CacheControl = "public, max-age=3600";
        response.ContentLength = content.Length;
        return response.Body.WriteAsync(content, httpContext.RequestAborted).AsTask();
    }
}
