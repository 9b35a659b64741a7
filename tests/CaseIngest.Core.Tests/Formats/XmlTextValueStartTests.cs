using System.Xml.Linq;
using CaseIngest.Core.Formats;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>The start of an element's text is the start of <see cref="XElement.Value"/>, built only as far as it is read.</summary>
public sealed class XmlTextValueStartTests
{
    public static TheoryData<string, int> Elements() => new()
    {
        { "<sec><title>Methods</title><p>A literature search of <italic>PubMed</italic> was performed.</p></sec>", 20 },
        { "<sec><title>Results</title><p>Sequencing revealed <bold>KRAS</bold> G12C.</p><p>Second paragraph.</p></sec>", 1000 },
        { "<sec>Lead text <b>bold <i>nested</i> tail</b> and after.</sec>", 18 },
        { "<sec><title/><p></p><p>Only text.</p></sec>", 5 },
        { "<sec>No child elements at all.</sec>", 8 },
        { "<sec>No child elements at all.</sec>", 100 },
        { "<sec><p>Exactly</p></sec>", 7 },
        { "<sec/>", 10 },
    };

    [Theory]
    [MemberData(nameof(Elements))]
    public void IsTheStartOfTheElementsValue(string xml, int length)
    {
        var element = XElement.Parse(xml);
        var value = element.Value;

        Assert.Equal(value[..Math.Min(length, value.Length)], XmlText.ValueStart(element, length));
    }
}
