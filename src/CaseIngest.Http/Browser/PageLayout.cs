using System.Text;

namespace CaseIngest.Http.Browser;

/// <summary>The frame every page shares: head with the app's own stylesheet and script, site navigation, main landmark.</summary>
internal static class PageLayout
{
    public static string Wrap(string title, string? key, string main)
    {
        var keyQuery = key is null ? "" : "?code=" + Uri.EscapeDataString(key);
        var html = new StringBuilder(main.Length + 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Html.E(title)).Append(" · CaseIngest</title>")
            .Append("<link rel=\"stylesheet\" href=\"/assets/app.css\">")
            .Append("<script src=\"/assets/app.js\" defer></script></head>\n<body>")
            .Append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
            .Append("<header><nav aria-label=\"Site\"><a class=\"brand\" href=\"/").Append(Html.E(keyQuery)).Append("\">CaseIngest cases</a> ")
            .Append("<a href=\"").Append(BrowserRoutes.ApiPage).Append(Html.E(keyQuery)).Append("\">API</a></nav></header>\n")
            .Append("<main id=\"main\">").Append(main).Append("</main></body></html>\n");
        return html.ToString();
    }
}
