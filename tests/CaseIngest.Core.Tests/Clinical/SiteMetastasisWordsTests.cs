using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Each site-metastasis pattern runs only in a window that holds the words its matches cannot lack, and a pattern that
/// opens with an organ runs only from the first word its matches can open with; a pattern widened past those words
/// would silently lose its new matches. These tests hold every match to its words and its opening word.
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
        "MRI of the cervical spine showed bilateral adrenal metastases and a left pleural-based metastasis.",
        "Soft tissue deposits and small bowel metastases were resected; chest wall lesions compatible with metastatic disease remained.",
        "The skull base mass was confirmed to be a metastasis, and malignant involvement of both kidneys was suspected.",
        "SPLENIC METASTASES, RIGHT OVARIAN AND OMENTAL DEPOSITS.",
        "Mediastinal nodal and adrenal metastases were seen, and hilar lymph node, bone or liver metastases were excluded.",
    ];

    private static void AssertHoldsItsWords(string text)
    {
        foreach (var (regex, needs, openers) in SiteMetastasis.AllRegexes)
        {
            foreach (System.Text.RegularExpressions.Match match in regex.Matches(text))
            {
                if (openers is not null)
                {
                    Assert.True(SiteOpeningWords.First(match.Value, 0, openers) == 0,
                        $"{regex} matched \"{match.Value}\", which opens with none of its opening words");
                }

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
    public void Every_organ_word_opens_a_site_phrase()
    {
        foreach (var organ in SiteMetastasis.OrganWords)
        {
            Assert.True(SiteOpeningWords.First(organ + " metastases", 0, SiteOpeningWords.Site) == 0, organ);
            Assert.True(SiteOpeningWords.First(organ.ToUpperInvariant() + " deposits", 0, SiteOpeningWords.SiteOrDeposit) == 0, organ);
        }
    }

    [Fact]
    public void A_window_with_no_opening_word_before_the_head_is_not_searched()
    {
        const string window = "There were metastases to the liver.";
        Assert.Equal(-1, SiteOpeningWords.First(window, window.IndexOf("metastases", StringComparison.Ordinal), SiteOpeningWords.Site));
        Assert.Equal(window.IndexOf("liver", StringComparison.Ordinal), SiteOpeningWords.First(window, window.Length, SiteOpeningWords.Site));
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
