using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class ContextAnalyzerTests
{
    private static readonly ContextAnalyzer Analyzer = ContextAnalyzer.LoadDefault();

    [Theory]
    [InlineData("There was no osseous invasion.", "osseous invasion", Assertion.Negated)]
    [InlineData("Chemotherapy was considered too toxic for her.", "Chemotherapy", Assertion.NotGiven)]
    [InlineData("Radiotherapy was deferred because of the infection.", "Radiotherapy", Assertion.NotGiven)]
    [InlineData("She declined adjuvant pembrolizumab.", "pembrolizumab", Assertion.NotGiven)]
    [InlineData("He will receive nivolumab every 2 weeks.", "nivolumab", Assertion.Planned)]
    [InlineData("She received pembrolizumab 200 mg.", "pembrolizumab", Assertion.Affirmed)]
    [InlineData("No fever was reported but a rash developed.", "rash", Assertion.Affirmed)]
    [InlineData("CT showed no metastases; the primary lesion grew.", "primary lesion", Assertion.Affirmed)]
    public void ClassifiesTheMentionInItsSentence(string sentence, string mention, Assertion expected)
    {
        var start = sentence.IndexOf(mention, StringComparison.Ordinal);
        var actual = Analyzer.Classify(sentence, new Sentence(0, sentence.Length), start, start + mention.Length);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void RejectsARuleWithAnUnknownCategory()
    {
        var error = Assert.Throws<Lexicons.LexiconException>(() => ContextAnalyzer.Load([(3, "no\tmaybe\tforward\t5")], "rules.tsv"));
        Assert.Contains("rules.tsv:3", error.Message, StringComparison.Ordinal);
    }
}
