using System.Text;
using CaseIngest.Core.Formats;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>The UTF-8 bytes of an XML document read as text give the characters a stream reader gives, whatever the buffer.</summary>
public sealed class Utf8TextReaderTests
{
    public static TheoryData<string, int> Texts() => new()
    {
        { "<Abstract>Osimertinib 80 mg daily; EGFR exon 19 deletion.</Abstract>", 1 },
        { "<p>Grade ≥3 neutropenia after 2 cycles — dose reduced to 75 %.</p>", 2 },
        { "<p>Patient 🧑‍⚕️ notes: 😀 pain score 3/10, then 𝛼-fetoprotein 12 ng/mL.</p>", 1 },
        { "<p>𝛼𝛽𝛾 surrogate pairs back to back: 🙂🙂🙂</p>", 3 },
        { "<title>Ménétrier disease in a 45-year-old man: naïve to therapy</title>", 7 },
        { "", 4 },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ReadsTheCharactersAStreamReaderReadsWhateverTheBufferLength(string text, int bufferLength)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.Equal(text, ReadAll(new Utf8TextReader(bytes, bytes.Length), bufferLength));
    }

    [Fact]
    public void ReadsOnlyTheGivenLengthOfALargerBuffer()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Nivolumab</p>trailing bytes of a pooled buffer");

        Assert.Equal("<p>Nivolumab</p>", new Utf8TextReader(bytes, "<p>Nivolumab</p>".Length).ReadToEnd());
    }

    [Fact]
    public void PeekAndReadOneCharacterWalkASurrogatePairInTwoHalves()
    {
        var bytes = Encoding.UTF8.GetBytes("a😀");
        var reader = new Utf8TextReader(bytes, bytes.Length);

        Assert.Equal('a', reader.Peek());
        Assert.Equal('a', reader.Read());
        Assert.Equal('\uD83D', reader.Peek());
        Assert.Equal('\uD83D', reader.Read());
        Assert.Equal('\uDE00', reader.Peek());
        Assert.Equal('\uDE00', reader.Read());
        Assert.Equal(-1, reader.Peek());
        Assert.Equal(-1, reader.Read());
    }

    private static string ReadAll(TextReader reader, int bufferLength)
    {
        var text = new StringBuilder();
        var buffer = new char[bufferLength];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }
}
