using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Formats;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Engine;

public sealed class CaseAttributionTests
{
    private static readonly ContextAnalyzer Analyzer = ContextAnalyzer.LoadDefault();

    [Theory]
    [InlineData("Our patient received pembrolizumab.", true)]
    [InlineData("In this case, the tumour shrank after two cycles.", true)]
    [InlineData("The patient developed colitis after the second dose.", true)]
    [InlineData("Herein, we report a man with melanoma.", true)]
    [InlineData("Our patient, like others [12], received osimertinib.", true)]
    [InlineData("Most of the patients developed colitis.", false)]
    [InlineData("In our literature search we found 14 patients with thymoma.", false)]
    [InlineData("Lim et al. reported the case of a boy who died, as in our case.", false)]
    [InlineData("However, the patient in that trial had colitis (17, 18).", false)]
    [InlineData("The patient cohort of the trial had colitis [3].", false)]
    [InlineData("Colitis occurs in 2% of treated patients.", false)]
    public void IntroductionAndDiscussionSentencesCountOnlyWhenTheyPointAtTheCase(string sentence, bool aboutCase)
    {
        var context = Context("Title of the report\nDiscussion\n" + sentence + "\n");
        Assert.Equal(aboutCase, context.IsAboutCase(context.Text.IndexOf(sentence, StringComparison.Ordinal) + 3));
    }

    [Theory]
    [InlineData("A 60-year-old man received nivolumab.", true)]
    [InlineData("We report a woman with thymoma.", true)]
    [InlineData("A literature search found 14 patients with thymoma and lung cancer.", false)]
    [InlineData("Smith et al. described a boy with melanoma.", false)]
    [InlineData("Previously reported cases were treated with rituximab.", false)]
    [InlineData("Unlike the published cases, our patient received rituximab.", true)]
    public void AbstractSentencesThatOnlyReviewTheLiteratureDoNotCount(string sentence, bool aboutCase)
    {
        var context = Context("Title of the report\nAbstract\n" + sentence + "\n");
        Assert.Equal(aboutCase, context.IsAboutCase(context.Text.IndexOf(sentence, StringComparison.Ordinal) + 3));
    }

    [Theory]
    [InlineData("In a previous report, a 45-year-old man received six cycles of FOLFOX.", false)]
    [InlineData("A prior report described a woman treated with imatinib for two years.", false)]
    [InlineData("In an earlier report, two patients developed colitis on ipilimumab.", false)]
    [InlineData("A similar case was described in a boy given vincristine.", false)]
    [InlineData("In previous series, most of these tumours were positive for SOX10.", false)]
    [InlineData("Prior series treated such patients with two cycles of cisplatin.", false)]
    [InlineData("As in a previous report, our patient received six cycles of FOLFOX.", true)]
    [InlineData("The patient had received two cycles of gemcitabine at a previous hospital.", true)]
    [InlineData("A previous scan had shown no lesion in the liver.", true)]
    public void BodySentencesAboutThePatientOfAnEarlierReportDoNotCount(string sentence, bool aboutCase)
    {
        var context = Context("Title of the report\n" + sentence + "\n");
        Assert.Equal(aboutCase, context.IsAboutCase(context.Text.IndexOf(sentence, StringComparison.Ordinal) + 3));
    }

    [Fact]
    public void CaseSectionsAlwaysCount()
    {
        const string sentence = "Smith et al. treated her with rituximab.";
        var context = Context("Title of the report\nCase presentation\n" + sentence + "\n");
        Assert.True(context.IsAboutCase(context.Text.IndexOf(sentence, StringComparison.Ordinal)));
    }

    private static ExtractionContext Context(string text) =>
        new(new ParsedDocument("text", text, Sectioner.Split(text), new ArticleInfo()), Analyzer);
}
