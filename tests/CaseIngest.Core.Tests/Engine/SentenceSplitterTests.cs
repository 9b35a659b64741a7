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
    public void SplitsAtSentenceEndsOnly(string text, int expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(text).Count);
    }
}
