using System.Text;
using CaseIngest.Core.Parsing;
using HtmlAgilityPack;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Visible text of an HTML subtree, one line per block element, headings opening sections whose kind comes from
/// <see cref="Sectioner.KindOfHeading"/>. Scripts, styles, navigation, page header and footer are dropped.
/// Walks with an explicit stack.
/// </summary>
internal sealed class HtmlTextWriter(TextAssembler assembler)
{
    private static readonly HashSet<string> Dropped = ["nav", "header", "footer", "button", "aside", "menu", "dialog", "input", "label", "textarea"];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "tr", "table", "thead", "tbody", "blockquote", "pre", "dd", "dt", "dl",
        "figure", "figcaption", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "body", "address", "details", "summary",
    ];

    private readonly StringBuilder _line = new();
    private string _name = "Body";
    private SectionKind _kind = SectionKind.Body;
    private int _captionDepth = -1;

    public void Write(HtmlNode root)
    {
        var stack = new Stack<(HtmlNode Node, bool Exit, int Depth)>();
        stack.Push((root, false, 0));
        while (stack.Count > 0)
        {
            var (node, exit, depth) = stack.Pop();
            if (exit)
            {
                Flush();
                if (depth == _captionDepth)
                {
                    _captionDepth = -1;
                }

                continue;
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    HtmlTree.AppendText(_line, (HtmlTextNode)node);
                    continue;
                case HtmlNodeType.Comment:
                    continue;
            }

            if (node != root && (HtmlTree.IsInvisible(node) || Dropped.Contains(node.Name) || IsChromeByRole(node) || CitationMarks.IsCitation(node)))
            {
                continue;
            }

            if (node.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                Flush();
                Heading(HtmlTree.TextOf(node), node.Name == "h1");
                continue;
            }

            if (node.Name is "td" or "th" && PreviousCell(node))
            {
                // the cells of a row stay apart, as in a table converted to Markdown ("Cisplatin | 4 | PR")
                if (_line.Length > 0 && _line[^1] == ' ')
                {
                    _line.Length--;
                }

                _line.Append(" | ");
            }

            if (Blocks.Contains(node.Name))
            {
                Flush();
                if (node.Name is "figcaption" or "caption" && _captionDepth < 0)
                {
                    _captionDepth = depth;
                }

                stack.Push((node, true, depth));
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false, depth + 1));
            }
        }

        Flush();
    }

    private void Heading(string text, bool isTopLevel)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (isTopLevel && assembler.Length == 0)
        {
            assembler.Block("Title", SectionKind.Title, text);
            return;
        }

        var kind = Sectioner.KindOfHeading(text);
        _kind = kind ?? (_kind is SectionKind.Case or SectionKind.Introduction or SectionKind.Discussion or SectionKind.Body ? _kind : SectionKind.Body);
        _name = text;
        assembler.Block(_name, _kind, text);
    }

    private void Flush()
    {
        if (_line.Length == 0)
        {
            return;
        }

        var text = _line.ToString();
        _line.Clear();
        if (_captionDepth >= 0)
        {
            assembler.Line("Caption", SectionKind.Caption, text);
        }
        else
        {
            assembler.Line(_name, _kind, text);
        }
    }

    private static bool PreviousCell(HtmlNode cell)
    {
        for (var sibling = cell.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
        {
            if (sibling.NodeType == HtmlNodeType.Element)
            {
                return sibling.Name is "td" or "th";
            }
        }

        return false;
    }

    private static bool IsChromeByRole(HtmlNode node)
    {
        var role = node.GetAttributeValue("role", string.Empty);
        return role is "navigation" or "banner" or "contentinfo" or "search" || node.GetAttributeValue("aria-hidden", string.Empty) == "true";
    }
}
