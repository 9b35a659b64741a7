namespace CaseIngest.Core.Formats;

/// <summary>Decides from the first few kilobytes whether a text is an HTML page.</summary>
internal static class HtmlSniffer
{
    private const int Window = 8192;

    public static bool IsHtml(string text)
    {
        if (!XmlSniffer.LooksLikeMarkup(text))
        {
            return false;
        }

        var root = XmlSniffer.RootName(text);
        if (root is not null && root.Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var head = text.AsSpan(0, Math.Min(text.Length, Window));
        return head.Contains("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || (root is not null && root.ToLowerInvariant() is "head" or "body" or "div" or "p" or "section" or "article" or "main" or "h1" or "h2" or "table" or "meta");
    }
}
