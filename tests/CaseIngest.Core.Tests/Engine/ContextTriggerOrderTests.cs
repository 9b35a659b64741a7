using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class ContextTriggerOrderTests
{
    private static readonly ContextAnalyzer Analyzer = ContextAnalyzer.LoadDefault();

    [Theory]
    [InlineData("Without fever or rash, she was discharged; no relapse was seen: the scan was clear.", 2)]
    [InlineData("Labs: no anemia; no neutropenia; platelets were not low.", 3)]
    [InlineData("As no EGFR mutation was found, carboplatin was started.", 0)]
    [InlineData("Hemoglobin: 9.1 g/dL; creatinine: 1.4 mg/dL.", 3)]
    [InlineData("She received pembrolizumab 200 mg.", 0)]
    public void TriggersOfASentenceComeInTextOrderWithEachSemicolonAndColon(string sentence, int punctuation)
    {
        var triggers = Analyzer.FindTriggers(sentence, new Sentence(0, sentence.Length), Tokenizer.Tokenize(sentence));

        for (var i = 1; i < triggers.Length; i++)
        {
            Assert.True(triggers[i - 1].Start < triggers[i].Start, $"trigger {i} starts at {triggers[i].Start}, before {triggers[i - 1].Start}");
        }

        Assert.Equal(punctuation, triggers.Count(t => sentence[t.Start] is ';' or ':'));
        Assert.All(triggers, t => Assert.True(t.End > t.Start));
    }

    [Fact]
    public void AFrontedClauseWithANegationIsClosedByItsCommaInItsPlace()
    {
        const string sentence = "With no sign of recurrence at three years, pembrolizumab was stopped.";
        var triggers = Analyzer.FindTriggers(sentence, new Sentence(0, sentence.Length), Tokenizer.Tokenize(sentence));

        var comma = sentence.IndexOf(',', StringComparison.Ordinal);
        var closing = Array.FindIndex(triggers, t => t.Start == comma);
        Assert.True(closing > 0, "the comma closes the clause after its negation");
        Assert.True(triggers[closing - 1].Start < comma);
    }
}
