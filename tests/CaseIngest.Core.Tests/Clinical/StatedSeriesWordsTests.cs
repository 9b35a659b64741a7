using CaseIngest.Core.Extraction.Patients;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The count of a series is read only from a title or abstract that holds one of the plural nouns every count ends in;
/// a count pattern widened past those nouns would silently lose its new matches. These tests hold every match to them.
/// </summary>
public sealed class StatedSeriesWordsTests
{
    public static TheoryData<string> Sentences =>
    [
        "Herein we report three patients with EGFR-mutant lung cancer.",
        "We describe two unrelated siblings with the same germline variant.",
        "Two cases of pembrolizumab-induced colitis. A report of four consecutive cases.",
        "Background: Three case presentations of sinonasal melanoma.",
        "The authors present 2 CASES treated with lenvatinib; five case reports follow.",
    ];

    private static void AssertHoldsItsNoun(string text)
    {
        foreach (System.Text.RegularExpressions.Match match in StatedSeries.CountRegex().Matches(text))
        {
            Assert.True(StatedSeries.MayCount(match.Value), $"\"{match.Value}\" holds none of the nouns a count ends in");
        }
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Every_count_of_a_sentence_holds_a_plural_noun(string sentence)
    {
        Assert.Matches(StatedSeries.CountRegex(), sentence);
        AssertHoldsItsNoun(sentence);
    }

    [Fact]
    public void A_lead_without_a_plural_noun_states_no_count()
    {
        Assert.False(StatedSeries.MayCount("A 54-year-old woman with a case of metastatic melanoma: a case report."));
        Assert.True(StatedSeries.MayCount("We report two Patients."));
    }

    [Fact]
    public void Every_count_in_the_corpus_texts_holds_a_plural_noun()
    {
        foreach (var text in Corpus.CaseReportTexts())
        {
            AssertHoldsItsNoun(text);
        }
    }
}
