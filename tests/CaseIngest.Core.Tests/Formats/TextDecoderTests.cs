using System.Text;
using CaseIngest.Core.Formats;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Formats;

public sealed class TextDecoderTests
{
    private const string Sample = "Case presentation\r\nA 57-year-old man received pembrolizumab – 200 mg.";

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    public void DecodesUnicodeEncodingsAndNormalisesLineEndings(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Sample),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)],
        };

        var decoded = TextDecoder.Decode(bytes);

        Assert.Null(decoded.Error);
        Assert.Equal(Sample.Replace("\r\n", "\n", StringComparison.Ordinal), decoded.Text);
    }

    [Fact]
    public void Utf16PubMedXmlWithByteOrderMarkIsParsed()
    {
        var xml = File.ReadAllText(Corpus.File("pubmed-xml", "biopython", "pubmed4.xml"));
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)];

        var result = Engines.Default.Process("utf16.xml", bytes);

        Assert.True(result.Succeeded, result.Rejection?.Error.Message);
        Assert.Equal("pubmed-xml", result.Record!.Document.Format);
        Assert.Equal("27797938", result.Record.Article.Pmid);
    }

    [Fact]
    public void Utf16XmlWithoutByteOrderMarkIsRecognisedByItsFirstCharacter()
    {
        var decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes("<?xml version=\"1.0\"?><a>é</a>"));

        Assert.Equal("<?xml version=\"1.0\"?><a>é</a>", decoded.Text);
    }

    [Fact]
    public void Latin1DeclaredXmlThatIsNotUtf8IsDecodedAsLatin1()
    {
        var decoded = TextDecoder.Decode(Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Müller</a>"));

        Assert.Equal("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Müller</a>", decoded.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "unsupported-format")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00 }, "unsupported-format")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "unsupported-format")]
    [InlineData(new byte[] { 0x41, 0xC3, 0x28, 0x42 }, "invalid-encoding")]
    [InlineData(new byte[0], "empty")]
    public void RejectsBinaryInvalidAndEmptyInput(byte[] bytes, string code)
    {
        Assert.Equal(code, TextDecoder.Decode(bytes).Error?.Code);
    }
}
