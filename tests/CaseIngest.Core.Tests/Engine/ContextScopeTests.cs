using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Tests.Engine;

public sealed class ContextScopeTests
{
    private static readonly ContextAnalyzer Analyzer = ContextAnalyzer.LoadDefault();

    [Theory]
    [InlineData("The patient was offered nivolumab but declined.", "nivolumab")]
    [InlineData("Carboplatin and etoposide are the usual first choice, but here they were judged too toxic.", "Carboplatin")]
    [InlineData("Docetaxel was discussed as an option, but it was deemed too toxic given her frailty.", "Docetaxel")]
    [InlineData("Cabazitaxel was proposed by the tumour board, but ultimately it was not pursued.", "Cabazitaxel")]
    [InlineData("Adjuvant capecitabine was offered, but the patient declined.", "capecitabine")]
    public void ATreatmentJudgedInAClauseWithAnElidedSubjectIsNotGiven(string sentence, string mention) =>
        Assert.Equal(Assertion.NotGiven, Classify(sentence, mention));

    [Theory]
    [InlineData("Cisplatin was given, but carboplatin was withheld.", "Cisplatin")]
    [InlineData("Surgery was deferred but radiotherapy was delivered.", "radiotherapy")]
    [InlineData("Gemcitabine was started, but her husband declined further visits.", "Gemcitabine")]
    [InlineData("Cisplatin was given, but she declined carboplatin.", "Cisplatin")]
    public void AJudgementOnAnotherSubjectDoesNotReachBack(string sentence, string mention) =>
        Assert.Equal(Assertion.Affirmed, Classify(sentence, mention));

    [Theory]
    [InlineData("Whole-brain radiotherapy was not recommended.", "radiotherapy")]
    [InlineData("Adjuvant chemotherapy was never offered to her.", "chemotherapy")]
    [InlineData("Stereotactic radiotherapy was not immediately scheduled.", "radiotherapy")]
    public void ANegatedPlanIsNotGiven(string sentence, string mention) =>
        Assert.Equal(Assertion.NotGiven, Classify(sentence, mention));

    [Theory]
    [InlineData("The early response to nivolumab allowed the deferral of radiotherapy.", "radiotherapy")]
    [InlineData("Radiation oncology was consulted for palliative radiotherapy of the hip.", "radiotherapy")]
    [InlineData("Combined chemoradiation was discussed, but in the end was not needed.", "chemoradiation")]
    public void DeferralsAndConsultationsAreNotGiven(string sentence, string mention) =>
        Assert.Equal(Assertion.NotGiven, Classify(sentence, mention));

    [Theory]
    [InlineData("A sustained complete remission was never reached.", "complete remission")]
    [InlineData("A complete response was not achieved.", "complete response")]
    [InlineData("The result fell short of a complete response.", "complete response")]
    public void AnOutcomeThatWasNotReachedIsNegated(string sentence, string mention) =>
        Assert.Equal(Assertion.Negated, Classify(sentence, mention));

    [Theory]
    [InlineData("The oncologist and the patient aimed to reach a durable remission.", "remission")]
    [InlineData("The goal of treatment was a complete response.", "complete response")]
    [InlineData("She was hoping for a long remission.", "remission")]
    [InlineData("If a complete response were seen, pembrolizumab could be stopped.", "complete response")]
    public void AimsAndHopesAreHypothetical(string sentence, string mention) =>
        Assert.Equal(Assertion.Uncertain, Classify(sentence, mention));

    [Theory]
    [InlineData("She has a history of hypertension and asthma.", "asthma", ContextModifiers.Historical)]
    [InlineData("He had previously received cisplatin.", "cisplatin", ContextModifiers.Historical)]
    [InlineData("Her mother died of ovarian cancer.", "ovarian cancer", ContextModifiers.Family)]
    [InlineData("There was a family history of colon cancer.", "colon cancer", ContextModifiers.Family)]
    [InlineData("Her brother, who was treated for colon cancer, is well.", "colon cancer", ContextModifiers.Family)]
    [InlineData("His son, who had been diagnosed with melanoma, was tested.", "melanoma", ContextModifiers.Family)]
    [InlineData("His sister had a mastectomy, and she developed lymphoedema.", "lymphoedema", ContextModifiers.Family)]
    [InlineData("She developed a rash after nivolumab.", "rash", ContextModifiers.None)]
    [InlineData("Her mother was present, but she herself died of sepsis.", "sepsis", ContextModifiers.None)]
    public void HistoryAndFamilyModifyTheMention(string sentence, string mention, ContextModifiers expected)
    {
        var start = sentence.IndexOf(mention, StringComparison.Ordinal);
        Assert.Equal(expected, Analyzer.Modifiers(sentence, new Sentence(0, sentence.Length), start, start + mention.Length));
    }

    [Fact]
    public void HistoryAndFamilyDoNotChangeTheAssertion() =>
        Assert.Equal(Assertion.Affirmed, Classify("Her mother had a history of breast cancer.", "breast cancer"));

    [Fact]
    public void TheContextGivesTheSameModifiersAsTheAnalyzer()
    {
        const string text = "He was well. His father died of lung cancer. He has a history of gout.";
        var context = Clinical.ClinicalRun.Context(text);
        var lung = text.IndexOf("lung cancer", StringComparison.Ordinal);
        var gout = text.IndexOf("gout", StringComparison.Ordinal);
        Assert.Equal(ContextModifiers.Family, context.ModifiersOf(lung, lung + 11));
        Assert.Equal(ContextModifiers.Historical, context.ModifiersOf(gout, gout + 4));
    }

    private static Assertion Classify(string sentence, string mention)
    {
        var start = sentence.IndexOf(mention, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{mention}' is not in the sentence");
        return Analyzer.Classify(sentence, new Sentence(0, sentence.Length), start, start + mention.Length);
    }
}
