using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Each site-metastasis pattern runs only in a window that holds the words its matches cannot lack; a pattern widened
/// past those words would silently lose its new matches. These tests hold every match to its words.
/// </summary>
public sealed class SiteMetastasisWordsTests
{
    public static TheoryData<string> Sentences =>
    [
        "CT showed hepatic metastases and multiple pulmonary metastasis.",
        "There were metastases to the liver, lungs and bones, and metastatic disease in the left adrenal gland.",
        "PET showed metastatic liver lesions and osseous involvement by the lymphoma.",
        "Liver deposits were seen; tumour deposits in the omentum were biopsied.",
        "Multiple brain lesions consistent with metastases were found, and hepatic metastatic lesions.",
        "The adrenal lesion proved to be a metastasis.",
        "Axillary lymph node metastases were present, with metastatic carcinoma in two of 14 lymph nodes and metastatic lymphadenopathy.",
    ];

    private static void AssertHoldsItsWords(string text)
    {
        foreach (var (regex, needs) in SiteMetastasis.AllRegexes)
        {
            foreach (System.Text.RegularExpressions.Match match in regex.Matches(text))
            {
                foreach (var group in needs)
                {
                    Assert.True(group.Any(word => match.Value.Contains(word, StringComparison.OrdinalIgnoreCase)),
                        $"{regex} matched \"{match.Value}\" without any of {string.Join(", ", group)}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Every_match_of_a_sentence_holds_the_words_of_its_pattern(string sentence)
    {
        Assert.Contains(SiteMetastasis.AllRegexes, p => p.Regex.IsMatch(sentence));
        AssertHoldsItsWords(sentence);
    }

    [Fact]
    public void Every_match_in_the_corpus_texts_holds_the_words_of_its_pattern()
    {
        foreach (var text in Corpus.CaseReportTexts())
        {
            AssertHoldsItsWords(text);
        }
    }
}
