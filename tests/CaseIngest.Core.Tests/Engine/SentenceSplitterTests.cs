using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("He received 2.5 mg daily. The rash resolved.", 2)]
    [InlineData("Treated by Dr. Smith et al. in 2019. Fine.", 2)]
    [InlineData("See Fig. 2 for details. Next one.", 2)]
    [InlineData("Line one\nLine two", 2)]
    [InlineData("A 57-year-old man (Fig. 1). Then another.", 2)]
    [InlineData("She was discharged with no discomfort.The patient then received radiotherapy.", 2)]
    [InlineData("It was reported as pathogenic (6, 7).After surgery she was well.", 2)]
    [InlineData("The smear grew S.Aureus in culture. Next.", 2)]
    [InlineData("Biopsy, e.g.The one above. Next.", 2)]
    [InlineData("Positive for NRAS c.181C>A,p.Gln61Lys and TP53.", 1)]
    [InlineData("CT showed a mass (\nFigure 1A\n). MRI confirmed it.", 2)]
    [InlineData("Resection was complete (\nFigures 3A, B\n), along with a normal bone scan.", 1)]
    [InlineData("The lesion measured 3 cm\n, with clear margins.", 1)]
    public void SplitsAtSentenceEndsOnly(string text, int expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void AFigureReferenceOnItsOwnLineStaysInsideItsSentence()
    {
        const string text = "She received radiotherapy (\nFigure 2\n) to 42 Gy in 10 fractions. She recovered.";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("10 fractions.", text[sentences[0].Start..sentences[0].End], StringComparison.Ordinal);
    }
}
