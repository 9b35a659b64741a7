using System.Text;
using System.Text.Json;
using CaseIngest.Functions.CustomHandler;

namespace CaseIngest.Functions.Tests.CustomHandler;

public sealed class BlobInvocationDecoderTests
{
    [Fact]
    public void Base64BlobAndQuotedNameAreDecoded()
    {
        var invocation = Decode("""{"Data":{"blob":"aGVsbG8="},"Metadata":{"name":"\"a b/c.txt\"","Properties":{"ETag":"\"0x8DC1\""}}}""");

        Assert.Equal("a b/c.txt", invocation.Name);
        Assert.Equal("hello", Encoding.UTF8.GetString(invocation.Bytes!));
        Assert.Equal("0x8DC1", invocation.ETag);
    }

    [Fact]
    public void TextBlobEncodedTwiceIsUnwrapped()
    {
        var invocation = Decode("""{"Data":{"blob":"\"line one\\nline two\""},"Metadata":{"name":"report.txt"}}""");

        Assert.Equal("line one\nline two", Encoding.UTF8.GetString(invocation.Bytes!));
    }

    [Fact]
    public void PropertiesSentAsAJsonStringAreRead()
    {
        var invocation = Decode("""{"Data":{"blob":""},"Metadata":{"name":"x.txt","Properties":"{\"ETag\":\"\\\"0xABC\\\"\",\"Length\":0}"}}""");

        Assert.Equal("0xABC", invocation.ETag);
        Assert.Empty(invocation.Bytes!);
    }

    [Fact]
    public void NameComesFromTheUriWhenTheTokenIsMissing()
    {
        var invocation = Decode("""{"Data":{},"Metadata":{"Uri":"\"https://acct.blob.core.windows.net/case-reports/2024/r%C3%A9sum%C3%A9%20%231.txt\""}}""");

        Assert.Equal("2024/résumé #1.txt", invocation.Name);
        Assert.Null(invocation.Bytes);
    }

    [Theory]
    [InlineData("""{"Data":{"blob":"aGVsbG8="},"Metadata":{}}""")]
    [InlineData("""[1,2]""")]
    public void PayloadsWithoutANameAreRefused(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.False(BlobInvocationDecoder.TryDecode(document.RootElement, "case-reports", out _, out var reason));
        Assert.NotEmpty(reason);
    }

    private static BlobInvocation Decode(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.True(BlobInvocationDecoder.TryDecode(document.RootElement, "case-reports", out var invocation, out var reason), reason);
        return invocation!;
    }
}
