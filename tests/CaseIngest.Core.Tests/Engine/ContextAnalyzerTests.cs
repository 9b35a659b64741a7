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

    [Theory]
    [InlineData("Chemotherapy was considered but judged too toxic.", "Chemotherapy")]
    [InlineData("Pembrolizumab was considered too toxic given his age.", "Pembrolizumab")]
    [InlineData("Poor performance status precluded chemotherapy.", "chemotherapy")]
    [InlineData("Surgery was precluded by the extent of disease.", "Surgery")]
    [InlineData("Radiotherapy was deferred.", "Radiotherapy")]
    [InlineData("Adjuvant nivolumab was deferred until recovery.", "nivolumab")]
    [InlineData("The patient declined ipilimumab.", "ipilimumab")]
    [InlineData("Stereotactic radiotherapy will remain an option at progression.", "Stereotactic radiotherapy")]
    [InlineData("Sorafenib was withheld.", "Sorafenib")]
    [InlineData("He was not a candidate for cisplatin.", "cisplatin")]
    [InlineData("The team decided against bevacizumab.", "bevacizumab")]
    [InlineData("Chemotherapy was not feasible.", "Chemotherapy")]
    public void ConsideredDeclinedDeferredOrPrecludedTreatmentIsNotGiven(string sentence, string mention) =>
        Assert.Equal(Assertion.NotGiven, Classify(sentence, mention));

    [Theory]
    [InlineData("With no sign of recurrence at three years, pembrolizumab was stopped.", "pembrolizumab")]
    [InlineData("As there was no evidence of progression, gemcitabine was continued.", "gemcitabine")]
    [InlineData("Without a response, sunitinib was stopped.", "sunitinib")]
    [InlineData("Since no new lesions were seen, oxaliplatin was resumed.", "oxaliplatin")]
    [InlineData("In the absence of toxicity, docetaxel was given for six cycles.", "docetaxel")]
    [InlineData("Given no fever, rash, or diarrhoea, ipilimumab was restarted.", "ipilimumab")]
    [InlineData("With no ALK or ROS1 alteration found, carboplatin was started, and the scan was repeated.", "carboplatin")]
    public void NegationInAFrontedClauseDoesNotReachTheMainClause(string sentence, string mention) =>
        Assert.Equal(Assertion.Affirmed, Classify(sentence, mention));

    [Theory]
    [InlineData("No fever, headache or vomiting was reported.", "vomiting")]
    [InlineData("There was no fever, rash or colitis.", "colitis")]
    [InlineData("Without fever, rash or colitis, he was discharged.", "colitis")]
    [InlineData("Without fever, rash, or colitis, he was discharged.", "colitis")]
    [InlineData("As no EGFR, ALK or ROS1 alteration was found, chemotherapy was given.", "ROS1")]
    [InlineData("With no evidence of lymphoma in the marrow, she was discharged.", "lymphoma")]
    public void ANegatedListKeepsItsScopeInsideTheClause(string sentence, string mention) =>
        Assert.Equal(Assertion.Negated, Classify(sentence, mention));

    [Theory]
    [InlineData("He was scheduled for SBRT to the lung.", "SBRT")]
    [InlineData("SBRT is scheduled for next month.", "SBRT")]
    [InlineData("She will receive pembrolizumab.", "pembrolizumab")]
    [InlineData("He was offered nivolumab.", "nivolumab")]
    [InlineData("Nivolumab was offered.", "Nivolumab")]
    [InlineData("Adjuvant radiotherapy is planned.", "radiotherapy")]
    [InlineData("We plan to start atezolizumab.", "atezolizumab")]
    public void ScheduledOrOfferedTreatmentIsPlanned(string sentence, string mention) =>
        Assert.Equal(Assertion.Planned, Classify(sentence, mention));

    [Theory]
    [InlineData("There was no osseous invasion.", "osseous invasion")]
    [InlineData("CT showed no pleural effusion.", "pleural effusion")]
    [InlineData("The patient denied diarrhea.", "diarrhea")]
    [InlineData("Colitis was ruled out.", "Colitis")]
    [InlineData("There was no evidence of lymphoma.", "lymphoma")]
    [InlineData("She was negative for EGFR mutations.", "EGFR")]
    public void AbsentFindingsAreNegated(string sentence, string mention) =>
        Assert.Equal(Assertion.Negated, Classify(sentence, mention));

    [Theory]
    [InlineData("There was no change in the size of the lesion.", "lesion")]
    [InlineData("Not only the liver metastases but also the lung nodules shrank.", "liver metastases")]
    [InlineData("No further chemotherapy was needed after nivolumab.", "nivolumab")]
    [InlineData("The tumor did not respond to sorafenib.", "sorafenib")]
    [InlineData("There was no response to ipilimumab.", "ipilimumab")]
    [InlineData("No fever was reported but a rash developed.", "rash")]
    [InlineData("No fever was noted; pembrolizumab was continued.", "pembrolizumab")]
    [InlineData("Chemotherapy was not given, however pembrolizumab was started.", "pembrolizumab")]
    [InlineData("Colitis developed after pembrolizumab was withheld.", "Colitis")]
    [InlineData("Pembrolizumab was withheld due to colitis.", "colitis")]
    [InlineData("The tumor was considered unresectable and pembrolizumab was started.", "pembrolizumab")]
    [InlineData("Pembrolizumab was started and considered effective.", "Pembrolizumab")]
    [InlineData("Pembrolizumab was considered responsible for the colitis.", "Pembrolizumab")]
    public void PseudoTriggersAndTerminatorsLeaveMentionsAffirmed(string sentence, string mention) =>
        Assert.Equal(Assertion.Affirmed, Classify(sentence, mention));

    [Theory]
    [InlineData("Lymphoma could not be excluded.", "Lymphoma")]
    [InlineData("The differential diagnosis included sarcoidosis.", "sarcoidosis")]
    [InlineData("Suspected pneumonitis was treated.", "pneumonitis")]
    public void PossibleFindingsAreUncertain(string sentence, string mention) =>
        Assert.Equal(Assertion.Uncertain, Classify(sentence, mention));

    [Fact]
    public void TheContextCachesTriggersPerSentenceAndAgreesWithTheAnalyzer()
    {
        const string text = "She declined pembrolizumab. He received nivolumab. There was no rash.";
        var context = Clinical.ClinicalRun.Context(text);
        foreach (var (mention, expected) in new[] { ("pembrolizumab", Assertion.NotGiven), ("nivolumab", Assertion.Affirmed), ("rash", Assertion.Negated) })
        {
            var start = text.IndexOf(mention, StringComparison.Ordinal);
            Assert.Equal(expected, context.AssertionOf(start, start + mention.Length));
            Assert.Equal(expected, context.AssertionOf(start, start + mention.Length));
        }
    }

    [Fact]
    public void RejectsADuplicateLiteral()
    {
        var error = Assert.Throws<Lexicons.LexiconException>(() => ContextAnalyzer.Load([(1, "no\tnegated\tforward\t5"), (2, "No\tuncertain\tforward\t5")], "rules.tsv"));
        Assert.Contains("rules.tsv:2", error.Message, StringComparison.Ordinal);
    }

    private static Assertion Classify(string sentence, string mention)
    {
        var start = sentence.IndexOf(mention, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{mention}' is not in the sentence");
        return Analyzer.Classify(sentence, new Sentence(0, sentence.Length), start, start + mention.Length);
    }

    [Fact]
    public void RejectsARuleWithAnUnknownCategory()
    {
        var error = Assert.Throws<Lexicons.LexiconException>(() => ContextAnalyzer.Load([(3, "no\tmaybe\tforward\t5")], "rules.tsv"));
        Assert.Contains("rules.tsv:3", error.Message, StringComparison.Ordinal);
    }
}
