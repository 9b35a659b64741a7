using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace CaseIngest.Http.Browser;

/// <summary>The browser's own script and stylesheet, embedded in this assembly and served by name.</summary>
internal static class StaticAssets
{
    private static readonly FrozenDictionary<string, AssetResult> Assets = new Dictionary<string, AssetResult>(StringComparer.Ordinal)
    {
        ["app.css"] = Load("app.css", "text/css; charset=utf-8"),
        ["app.js"] = Load("app.js", "text/javascript; charset=utf-8"),
        ["api.js"] = Load("api.js", "text/javascript; charset=utf-8"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IResult? Find(string name) => Assets.GetValueOrDefault(name);

    private static AssetResult Load(string name, string contentType)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("CaseIngest.Http.Browser.Assets." + name)
            ?? throw new InvalidOperationException("Embedded asset " + name + " is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new AssetResult(buffer.ToArray(), contentType);
    }
}
