using System.Text;
using System.Xml.Linq;
using CaseIngest.Core.Formats;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>
/// The text of an element holding text alone is its string when it reads as written, and otherwise collapsed and
/// trimmed as the text of any element: the same words either way.
/// </summary>
public sealed class XmlTextOfTests
{
    public static TheoryData<XElement, string> Elements() => new()
    {
        { new XElement("LastName", "Okafor"), "Okafor" },
        { new XElement("ForeName", "Ngozi Ada"), "Ngozi Ada" },
        { new XElement("Title", "Journal of rare tumours: case reports"), "Journal of rare tumours: case reports" },
        { new XElement("Title", "Pädiatrische Onkologie"), "Pädiatrische Onkologie" },
        { new XElement("LastName", "  Okafor "), "Okafor" },
        { new XElement("LastName", "van  der Berg"), "van der Berg" },
        { new XElement("Keyword", "non-small cell\nlung cancer"), "non-small cell lung cancer" },
        { new XElement("Keyword", "tyrosine\tkinase"), "tyrosine kinase" },
        { new XElement("Keyword", "PD\u2011L1"), "PD-L1" },
        { new XElement("Keyword", "\ufb01brosis"), "fibrosis" },
        { new XElement("Keyword", "grade\u00a03"), "grade 3" },
        { new XElement("Keyword", "soft\u00adhyphen"), "softhyphen" },
        { new XElement("Keyword", "\u2009thin"), "thin" },
        { new XElement("Keyword", "x"), "x" },
        { new XElement("Keyword", " "), string.Empty },
        { new XElement("Keyword", "\n"), string.Empty },
        { new XElement("Keyword"), string.Empty },
        { new XElement("Keyword", new XText("carcinoma "), new XCData("in situ")), "carcinoma in situ" },
        { new XElement("Keyword", new XText("carcinoma"), new XCData("  in situ ")), "carcinoma in situ" },
        { new XElement("ArticleTitle", "A case of ", new XElement("i", "EGFR"), "-mutant  cancer"), "A case of EGFR-mutant cancer" },
    };

    [Theory]
    [MemberData(nameof(Elements))]
    public void IsTheCollapsedTextOfTheElement(XElement element, string text)
    {
        Assert.Equal(text, XmlText.Of(element));
        var built = XmlText.Build(element).ToString().Trim();
        Assert.Equal(built, XmlText.Of(element));
    }

    [Fact]
    public void TextThatReadsAsWrittenIsNotCopied()
    {
        var value = new StringBuilder("Okafor").Append(" Ngozi").ToString();
        var element = new XElement("Name", value);

        Assert.Same(value, XmlText.Of(element));
        Assert.Same(value, XmlText.OrNull(element));
    }
}
