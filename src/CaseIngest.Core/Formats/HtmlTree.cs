using System.Net;
using System.Text;
using CaseIngest.Core.Model;
using HtmlAgilityPack;

namespace CaseIngest.Core.Formats;

/// <summary>
/// HTML loading and traversal without recursion: HtmlAgilityPack's own <c>Descendants()</c> and <c>InnerText</c>
/// recurse per level, so documents are walked with an explicit stack, and nesting deeper than
/// <see cref="MaxDepth"/> is refused as malformed HTML.
/// </summary>
internal static class HtmlTree
{
    public const int MaxDepth = 2048;

    /// <summary>A walk's stack is kept for the thread's next walk while it held no more nodes than this.</summary>
    private const int MaxKeptStack = 4096;

    [ThreadStatic]
    private static Stack<HtmlNode>? _spareWalk;

    [ThreadStatic]
    private static Stack<(HtmlNode Node, bool Exit)>? _spareText;

    private static readonly HashSet<string> Invisible = ["script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object", "select", "option", "#comment"];

    private static readonly HashSet<string> BlockNames =
    [
        "p", "div", "section", "article", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt",
        "blockquote", "pre", "figure", "figcaption", "caption", "header", "footer", "main",
    ];

    public static HtmlDocument? Load(string text, out ExtractionError? error)
    {
        var document = new HtmlDocument
        {
            OptionMaxNestedChildNodes = MaxDepth,
            OptionFixNestedTags = false,
            OptionCheckSyntax = true,
        };

        try
        {
            document.LoadHtml(text);
        }
        // HtmlAgilityPack reports OptionMaxNestedChildNodes with a plain System.Exception; only that one is caught.
        catch (Exception exception) when (exception.GetType() == typeof(Exception) && exception.Message.Contains("nested tags", StringComparison.Ordinal))
        {
            error = new ExtractionError(ErrorCodes.MalformedHtml, $"The HTML nests elements deeper than {MaxDepth} levels.");
            return null;
        }

        if (Depth(document.DocumentNode) > MaxDepth)
        {
            error = new ExtractionError(ErrorCodes.MalformedHtml, $"The HTML nests elements deeper than {MaxDepth} levels.");
            return null;
        }

        error = null;
        return document;
    }

    /// <summary>The nodes below <paramref name="root"/> in document order.</summary>
    public static IEnumerable<HtmlNode> Walk(HtmlNode root)
    {
        // the thread's spare stack when no other walk holds it, given back when the walk ends or is left
        var stack = _spareWalk ?? new Stack<HtmlNode>();
        _spareWalk = null;
        var peak = 0;
        try
        {
            for (var child = root.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }

            while (stack.Count > 0)
            {
                peak = Math.Max(peak, stack.Count);
                var node = stack.Pop();
                yield return node;
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push(child);
                }
            }
        }
        finally
        {
            if (peak <= MaxKeptStack)
            {
                stack.Clear();
                _spareWalk = stack;
            }
        }
    }

    public static IEnumerable<HtmlNode> Elements(HtmlNode root, string name) =>
        Walk(root).Where(n => n.NodeType == HtmlNodeType.Element && n.Name == name);

    public static HtmlNode? First(HtmlNode root, string name, string? cssClass = null, string? id = null) =>
        Walk(root).FirstOrDefault(n => n.NodeType == HtmlNodeType.Element && n.Name == name
            && (cssClass is null || HasClass(n, cssClass)) && (id is null || n.Id == id));

    public static IEnumerable<HtmlNode> All(HtmlNode root, string? name, string cssClass) =>
        Walk(root).Where(n => n.NodeType == HtmlNodeType.Element && (name is null || n.Name == name) && HasClass(n, cssClass));

    public static bool HasClass(HtmlNode node, string cssClass)
    {
        var classes = node.GetAttributeValue("class", string.Empty);
        if (classes.Length == 0)
        {
            return false;
        }

        // the space-separated names, looked at in place
        foreach (var range in classes.AsSpan().Split(' '))
        {
            if (classes.AsSpan(range).SequenceEqual(cssClass))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Visible text of a node, entities decoded and white space collapsed.</summary>
    public static string TextOf(HtmlNode? node, Func<HtmlNode, bool>? skip = null)
    {
        if (node is null)
        {
            return string.Empty;
        }

        var builder = TextBuilderCache.Acquire();
        var stack = _spareText ?? new Stack<(HtmlNode Node, bool Exit)>();
        _spareText = null;
        var peak = 0;
        stack.Push((node, false));
        while (stack.Count > 0)
        {
            peak = Math.Max(peak, stack.Count);
            var (current, exit) = stack.Pop();
            if (exit)
            {
                InlineText.Append(builder, " ");
                continue;
            }

            if (current.NodeType == HtmlNodeType.Text)
            {
                AppendText(builder, (HtmlTextNode)current);
                continue;
            }

            if (current != node && (Invisible.Contains(current.Name) || (skip?.Invoke(current) ?? false)))
            {
                continue;
            }

            if (current.Name == "br" || BlockNames.Contains(current.Name))
            {
                InlineText.Append(builder, " ");
                stack.Push((current, true));
            }

            for (var child = current.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }

        if (peak <= MaxKeptStack)
        {
            _spareText = stack;
        }

        return TextBuilderCache.ToTrimmedStringAndRelease(builder);
    }

    public static string Decode(string text) => text.Contains('&') ? WebUtility.HtmlDecode(text) : text;

    /// <summary>
    /// Appends the text of a text node as <see cref="InlineText.Append"/> of its decoded <see cref="HtmlTextNode.Text"/>,
    /// read in place in the page: a string is made of it only when it holds an entity to decode.
    /// </summary>
    public static void AppendText(StringBuilder builder, HtmlTextNode node)
    {
        // a node of the parse holds no text of its own: its text is the page's, between its offsets
        var page = node.OwnerDocument?.Text;
        var start = node.OuterStartIndex;
        var length = node.OuterLength;
        if (page is null || start < 0 || length < 0 || length > page.Length - start)
        {
            InlineText.Append(builder, Decode(node.Text));
            return;
        }

        var text = page.AsSpan(start, length);
        InlineText.Append(builder, text.Contains('&') ? WebUtility.HtmlDecode(text.ToString()) : text);
    }

    public static bool IsInvisible(HtmlNode node) => Invisible.Contains(node.Name);

    private static int Depth(HtmlNode root)
    {
        var max = 0;
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > max)
            {
                max = depth;
                if (max > MaxDepth)
                {
                    return max;
                }
            }

            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                stack.Push((child, depth + 1));
            }
        }

        return max;
    }
}
