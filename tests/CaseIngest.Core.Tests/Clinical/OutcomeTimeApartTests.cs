namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A time told apart from its outcome: a bare "At 18 months" before a disease-free state (with or without its comma),
/// a time from an event before a death with no comma before the subject ("Twenty months after the diagnosis she
/// died"), and a last follow-up without its article ("alive without recurrence at last follow-up, 26 months after
/// diagnosis"). An age, a time dating only the scan of a response, "at last" meaning finally, or a time without its
/// comma before a remission or stable disease held is none.
/// </summary>
public sealed class OutcomeTimeApartTests
{
    [Theory]
    [InlineData("At 18 months there is no evidence of disease.", "no-evidence-of-disease", 18.0, "month")]
    [InlineData("At 2 years she remains without evidence of recurrence.", "no-evidence-of-disease", 2.0, "year")]
    [InlineData("At 24 months, there is no evidence of local or distant recurrence.", "no-evidence-of-disease", 24.0, "month")]
    [InlineData("At approximately 4 years the patient is free of disease.", "no-evidence-of-disease", 4.0, "year")]
    [InlineData("Twenty months after the diagnosis she died of liver failure.", "death", 20.0, "month")]
    [InlineData("Three years after the operation the patient died of pneumonia.", "death", 3.0, "year")]
    [InlineData("Nine months after the resection he developed a local recurrence.", "recurrence", 9.0, "month")]
    public void ATimeBeforeTheOutcomeIsItsFigure(string text, string kind, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == kind);
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("He is alive without recurrence at last follow-up, 26 months after diagnosis.", 26.0, "month")]
    [InlineData("She is alive and free of disease at latest follow-up, 5 years after the operation.", 5.0, "year")]
    public void ALastFollowUpWithoutItsArticleDatesTheSurvivalAndTheDiseaseFreeState(string text, double value, string unit)
    {
        var outcomes = ClinicalRun.Run(text).Outcomes;
        var survival = Assert.Single(outcomes, o => o.Kind == "overall-survival");
        var free = Assert.Single(outcomes, o => o.Kind == "no-evidence-of-disease");
        Assert.Equal((value, unit, value, unit), (survival.Value, survival.Unit, free.Value, free.Unit));
    }

    [Theory]
    [InlineData("At 18 months of age she had no evidence of disease.", "no-evidence-of-disease")]
    [InlineData("At 2 years, CT showed a partial response of the liver metastases.", "partial-response")]
    [InlineData("At last, the patient died of sepsis in the intensive care unit.", "death")]
    [InlineData("At 3 years old, she had no evidence of disease on her scans.", "no-evidence-of-disease")]
    [InlineData("Six months after the end of chemotherapy he remained in complete remission.", "remission")]
    [InlineData("At twelve months the lesions remained stable on CT.", "stable-disease")]
    public void AnAgeAScanDateOrAFinallyIsNoFigure(string text, string kind)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes, o => o.Kind == kind);
        Assert.Null(outcome.Value);
    }
}
