using System.Text.RegularExpressions;
using System.Xml.Linq;
using HtmlAgilityPack;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Numbered citation marks set in markup, left out of the text so that they do not glue to the word they follow
/// ("pemetrexed&lt;sup&gt;7&lt;/sup&gt; 500 mg" is "pemetrexed 500 mg"):
/// <list type="table">
/// <item><term>JATS &lt;xref ref-type="bibr"&gt;7&lt;/xref&gt;, "12–14", "3, 5"</term><description>a numbered citation</description></item>
/// <item><term>HTML &lt;sup&gt;&lt;a href="#B7"&gt;7&lt;/a&gt;&lt;/sup&gt;</term><description>a numbered citation: a superscript number that links</description></item>
/// <item><term>&lt;xref ref-type="bibr"&gt;Smith et al.&lt;/xref&gt;, mg/m&lt;sup&gt;2&lt;/sup&gt;, 10&lt;sup&gt;9&lt;/sup&gt;/L</term><description>kept: a name, or a superscript without a link</description></item>
/// </list>
/// </summary>
internal static partial class CitationMarks
{
    public static bool IsCitation(XElement element) =>
        element.Name.LocalName == "xref" && (string?)element.Attribute("ref-type") == "bibr" && NumberedRegex().IsMatch(element.Value.Trim());

    public static bool IsCitation(HtmlNode node)
    {
        if (node.Name != "sup" || node.SelectSingleNode(".//a") is null)
        {
            return false;
        }

        var text = HtmlTree.TextOf(node);
        return text.Length <= 40 && NumberedRegex().IsMatch(text.Trim());
    }

    /// <summary>"7", "[7]", "(3, 5)", "12–14", "1,4-6".</summary>
    [GeneratedRegex(@"^[\[(]?\d{1,3}(?:\s?[,–-]\s?\d{1,3})*[\])]?$")]
    private static partial Regex NumberedRegex();
}
