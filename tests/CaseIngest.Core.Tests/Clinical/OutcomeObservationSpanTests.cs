using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A follow-up told as observation or surveillance, counted "after" its time or given as a period with its count ("over a
/// follow-up period of 4 years"), dates how long the patient stayed free of disease, and a recurrence found after it came
/// at that time; a time of observation before something else, or a time of treatment, dates no freedom from disease.
/// </summary>
public sealed class OutcomeObservationSpanTests
{
    [Theory]
    [InlineData("A 61-year-old man with an adenocarcinoma of the colon underwent a right hemicolectomy. There was no sign of recurrence or metastatic spread over a follow-up period of 4 years.", 4, "year")]
    [InlineData("A 47-year-old woman with a renal cell carcinoma underwent a partial nephrectomy. After two years of surveillance, she has no evidence of recurrent disease.", 2, "year")]
    [InlineData("A 39-year-old woman with a granulosa cell tumour of the ovary underwent salpingo-oophorectomy. She remains free of disease after 30 months of observation.", 30, "month")]
    [InlineData("A 70-year-old man with a Merkel cell carcinoma of the cheek had a wide excision. No recurrence was detected after 18 months of follow-up.", 18, "month")]
    [InlineData("A 43-year-old woman with a schwannoma of the neck had it enucleated. Following a three-year follow-up period, she has had no local recurrence.", 3, "year")]
    [InlineData("A 52-year-old man with a chondrosarcoma of the pelvis had an en bloc resection. Imaging has shown no recurrence during an observation period of 3 years.", 3, "year")]
    public void AnObservationSpanDatesTheFreedomFromDisease(string text, double value, string unit)
    {
        var outcome = Assert.Single(Engines.Extract(text).Outcomes, o => o.Kind == "no-evidence-of-disease");
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Fact]
    public void ARecurrenceFoundAfterYearsOfSurveillanceCameThen()
    {
        var outcome = Assert.Single(
            Engines.Extract("A 64-year-old woman with a leiomyosarcoma of the uterus underwent hysterectomy. After five years of surveillance, a recurrence was found in the liver.").Outcomes,
            o => o.Kind == "recurrence");
        Assert.Equal((5.0, "year"), (outcome.Value, outcome.Unit));
    }

    [Fact]
    public void ATimeOfTreatmentDatesNoFreedomFromDisease()
    {
        var outcome = Assert.Single(
            Engines.Extract("A 70-year-old man with a Merkel cell carcinoma of the cheek had a wide excision. There was no evidence of disease after three cycles of adjuvant carboplatin.").Outcomes,
            o => o.Kind == "no-evidence-of-disease");
        Assert.Null(outcome.Value);
    }

    [Fact]
    public void AnObservationBeforeAGrowthIsNoFreedomFromDisease() =>
        Assert.DoesNotContain(
            Engines.Extract("A 66-year-old man had a small nodule in the right lung. After six weeks of observation, the nodule had become larger and a lobectomy was done.").Outcomes,
            o => o.Kind == "no-evidence-of-disease");
}
