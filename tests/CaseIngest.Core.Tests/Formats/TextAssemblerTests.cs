using System.Text;
using CaseIngest.Core.Formats;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Formats;

public sealed class TextAssemblerTests
{
    [Theory]
    [InlineData("Methods: ", "We reviewed the chart.")]
    [InlineData("Methods: ", "")]
    [InlineData("Methods: ", "   ")]
    [InlineData("  Methods:  ", "  indented text  ")]
    [InlineData("", "  only text  ")]
    [InlineData("   ", "x")]
    public void ALabelledBlockIsTheBlockOfLabelAndTextJoined(string prefix, string text)
    {
        var joined = new TextAssembler();
        joined.Block("Title", SectionKind.Title, "A title");
        joined.Block("Part", SectionKind.Abstract, prefix + text);
        var parts = new TextAssembler();
        parts.Block("Title", SectionKind.Title, "A title");
        parts.Block("Part", SectionKind.Abstract, prefix, text);

        var (expectedText, expectedSections) = joined.Build();
        var (actualText, actualSections) = parts.Build();

        Assert.Equal(expectedText, actualText);
        Assert.Equal(expectedSections, actualSections);
    }

    [Theory]
    [InlineData("", "  Tumour cells expressed CD20. ")]
    [InlineData("Results: ", "\n Imatinib was started.\t")]
    [InlineData("Results: ", "   ")]
    [InlineData("  ", "")]
    [InlineData("", "")]
    public void ABlockOrLineFromABuilderIsTheBlockOrLineOfItsText(string prefix, string text)
    {
        var strings = new TextAssembler();
        strings.Block("Title", SectionKind.Title, "A title");
        strings.Block("Part", SectionKind.Abstract, prefix, text.Trim());
        strings.Block("Part", SectionKind.Abstract, text.Trim());
        strings.Line("Part", SectionKind.Abstract, text.Trim());
        var builders = new TextAssembler();
        builders.Block("Title", SectionKind.Title, "A title");
        builders.Block("Part", SectionKind.Abstract, prefix, new StringBuilder(text));
        builders.Block("Part", SectionKind.Abstract, new StringBuilder(text));
        builders.Line("Part", SectionKind.Abstract, new StringBuilder(text));

        var (expectedText, expectedSections) = strings.Build();
        var (actualText, actualSections) = builders.Build();

        Assert.Equal(expectedText, actualText);
        Assert.Equal(expectedSections, actualSections);
    }

    [Fact]
    public void AnAssemblerBuildsItsTextOnce()
    {
        var assembler = new TextAssembler();
        assembler.Block("Body", SectionKind.Body, "Text.");
        _ = assembler.Build();

        Assert.Throws<InvalidOperationException>(() => assembler.Block("Body", SectionKind.Body, "More."));
        Assert.Throws<InvalidOperationException>(() => assembler.Build());
    }

    [Fact]
    public void ASecondAssemblerOnTheThreadStartsEmpty()
    {
        var first = new TextAssembler();
        first.Block("Body", SectionKind.Body, "First text.");
        _ = first.Build();
        var second = new TextAssembler();
        second.Block("Body", SectionKind.Body, "Second.");

        Assert.Equal("Second.", second.Build().Text);
    }
}
