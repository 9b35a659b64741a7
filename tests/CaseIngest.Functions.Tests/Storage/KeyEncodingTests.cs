using CaseIngest.Storage.Keys;

namespace CaseIngest.Functions.Tests.Storage;

public sealed class KeyEncodingTests
{
    [Theory]
    [InlineData("reports/2024/smith.txt")]
    [InlineData(@"windows\path\report.txt")]
    [InlineData("case #12?.txt")]
    [InlineData("with space and ünïcödé 日本語.md")]
    [InlineData("control\u0001char\u007f\u0085.txt")]
    [InlineData("10.1016/j.xyz.2024.01.002")]
    [InlineData("pipe|and%percent")]
    public void EncodedValuesAreValidTableKeys(string value)
    {
        var key = KeyEncoding.Encode(value);

        Assert.True(KeyEncoding.IsValidKey(key), key);
        Assert.DoesNotContain('|', key);
    }

    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a|b", "a%7Cb")]
    [InlineData("a#b", "a%23b")]
    public void ValuesThatLookAlikeAfterEscapingStayDistinct(string first, string second)
    {
        Assert.NotEqual(KeyEncoding.Encode(first), KeyEncoding.Encode(second));
    }

    [Theory]
    [InlineData("10.1000/xyz", "10.1000%2Fxyz")]
    [InlineData("Pembrolizumab", "Pembrolizumab")]
    [InlineData("ünïcödé", "ünïcödé")]
    public void OnlyForbiddenCharactersAreEscaped(string value, string expected)
    {
        Assert.Equal(expected, KeyEncoding.Encode(value));
    }

    [Fact]
    public void LongValuesAreShortenedWithAHashThatKeepsThemDistinct()
    {
        var first = KeyEncoding.Encode(new string('x', 2000) + "a");
        var second = KeyEncoding.Encode(new string('x', 2000) + "b");

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(first) <= KeyEncoding.MaxEncodedBytes);
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("drug", " Pembrolizumab ", "drug|pembrolizumab")]
    [InlineData("doi", "10.1000/ABC", "doi|10.1000%2Fabc")]
    [InlineData("diagnosis", "Undifferentiated   pleomorphic sarcoma", "diagnosis|undifferentiated pleomorphic sarcoma")]
    public void IndexPartitionsAreNormalisedAndEncoded(string facet, string value, string expected)
    {
        Assert.Equal(expected, IndexKeys.Partition(facet, value));
    }
}
