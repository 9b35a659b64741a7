using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The course of the case as reports tell it in words of their own: a death told as passing away or succumbing, with
/// the time since the diagnosis or an operation; a patient who remains free of disease for a time; a tumour that came
/// back a time after its operation; a survival told as the time the patient lived. The same words about other patients,
/// in general or as a possibility are none.
/// </summary>
public sealed class OutcomeReportedCourseWordingTests
{
    private const string Case = "A 61-year-old woman with a gastric adenocarcinoma underwent a distal gastrectomy and then received capecitabine. ";

    [Theory]
    [InlineData("She succumbed to her disease 7 months after the diagnosis.", "death", 7.0, "month")]
    [InlineData("She passed away from progressive disease 11 months after the start of treatment.", "death", 11.0, "month")]
    [InlineData("The patient expired on hospital day 9.", "death", 9.0, "day")]
    [InlineData("Fourteen months after the diagnosis, she died of respiratory failure.", "death", 14.0, "month")]
    [InlineData("She died of disease 2 years after the operation.", "death", 2.0, "year")]
    [InlineData("She eventually succumbed 5 weeks after admission.", "death", 5.0, "week")]
    public void ADeathToldInItsOwnWordsKeepsItsTime(string sentence, string kind, double value, string unit) =>
        Assert.Contains(Engines.Extract(Case + sentence).Outcomes, o => (o.Kind, o.Value, o.Unit) == (kind, value, unit));

    [Theory]
    [InlineData("Three years later, the patient remains disease-free.", 3.0, "year")]
    [InlineData("She has been alive without evidence of recurrence for 40 months.", 40.0, "month")]
    [InlineData("Twenty months after surgery the patient has no recurrence of the tumour.", 20.0, "month")]
    [InlineData("She remained free of recurrence for 9 years after the resection.", 9.0, "year")]
    [InlineData("She remained tumour-free for 26 months post-surgery.", 26.0, "month")]
    [InlineData("At the 18-month follow-up, there were no signs of recurrence.", 18.0, "month")]
    [InlineData("She is alive and well with no signs of recurrence 2 years after the last operation.", 2.0, "year")]
    [InlineData("At her most recent visit, 30 months after the gastrectomy, she had no evidence of disease.", 30.0, "month")]
    public void APatientWhoStaysFreeOfDiseaseIsNoEvidenceOfDiseaseForItsTime(string sentence, double value, string unit) =>
        Assert.Contains(Engines.Extract(Case + sentence).Outcomes, o => (o.Kind, o.Value, o.Unit) == ("no-evidence-of-disease", value, unit));

    [Theory]
    [InlineData("The tumour recurred 30 months after the surgery.", 30.0, "month")]
    [InlineData("At 52 months after the operation, a local recurrence at the anastomosis was identified.", 52.0, "month")]
    [InlineData("She relapsed 8 months after completing chemotherapy.", 8.0, "month")]
    [InlineData("Peritoneal recurrence was diagnosed 15 months after the gastrectomy.", 15.0, "month")]
    public void ATumourThatCameBackKeepsTheTimeSinceItsTreatment(string sentence, double value, string unit) =>
        Assert.Contains(Engines.Extract(Case + sentence).Outcomes, o => (o.Kind, o.Value, o.Unit) == ("recurrence", value, unit));

    [Theory]
    [InlineData("She survived 34 months after the initial diagnosis.", "overall-survival", 34.0, "month")]
    [InlineData("Her overall survival was 14 months.", "overall-survival", 14.0, "month")]
    [InlineData("She lived for 8 months after the diagnosis of peritoneal spread.", "overall-survival", 8.0, "month")]
    [InlineData("She achieved an overall survival of 26 months from diagnosis.", "overall-survival", 26.0, "month")]
    public void ATimeThePatientLivedIsHerSurvival(string sentence, string kind, double value, string unit) =>
        Assert.Contains(Engines.Extract(Case + sentence).Outcomes, o => (o.Kind, o.Value, o.Unit) == (kind, value, unit));

    [Theory]
    [InlineData("Within two months of starting capecitabine, multiple new liver metastases developed.", "progressive-disease")]
    [InlineData("After four cycles, CT showed enlargement of the peritoneal nodules and new ascites.", "progressive-disease")]
    [InlineData("After six cycles, CT showed marked shrinkage of the perigastric lymph nodes.", "tumor-shrinkage")]
    [InlineData("After six cycles, the size of the hepatic lesions was markedly reduced.", "tumor-shrinkage")]
    public void TheCourseOfTheTumourInWordsIsItsKind(string sentence, string kind) =>
        Assert.Contains(Engines.Extract(Case + sentence).Outcomes, o => o.Kind == kind);

    [Theory]
    [InlineData("Her father passed away from colon cancer at 66.")]
    [InlineData("Most patients with this disease succumb within 12 months of diagnosis.")]
    [InlineData("Patients who remain disease-free for 5 years are usually considered cured.")]
    [InlineData("Without treatment, she would probably have died within a few months.")]
    [InlineData("In a similar case, the patient passed away 6 months after the diagnosis.")]
    public void TheSameWordsAboutOthersInGeneralOrAsAPossibilityAreNoOutcome(string sentence) =>
        Assert.DoesNotContain(Engines.Extract(Case + sentence).Outcomes, o => o.Kind is "death" or "no-evidence-of-disease" or "overall-survival");
}
