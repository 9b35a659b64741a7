namespace CaseIngest.Core.Tests.Clinical;

public sealed class OutcomeStepTests
{
    [Theory]
    [InlineData("CT showed a complete response.", "complete-response")]
    [InlineData("She achieved a partial response.", "partial-response")]
    [InlineData("Restaging showed stable disease.", "stable-disease")]
    [InlineData("Imaging revealed progressive disease.", "progressive-disease")]
    [InlineData("Disease progression was noted in the liver.", "progressive-disease")]
    [InlineData("The tumor progressed despite treatment.", "progressive-disease")]
    [InlineData("Response assessment showed PR.", "partial-response")]
    [InlineData("The best overall response was SD.", "stable-disease")]
    [InlineData("Restaging CT scan showed a CR.", "complete-response")]
    [InlineData("Response evaluation per RECIST showed PD.", "progressive-disease")]
    [InlineData("The lesion regressed.", "regression")]
    [InlineData("He remains in complete remission.", "remission")]
    [InlineData("A local recurrence was found a year later.", "recurrence")]
    [InlineData("The lymphoma relapsed.", "recurrence")]
    [InlineData("A recurrence of the tumor was found.", "recurrence")]
    [InlineData("He died of respiratory failure.", "death")]
    [InlineData("She passed away 3 months later.", "death")]
    [InlineData("There was no evidence of disease at 2 years.", "no-evidence-of-disease")]
    [InlineData("She remains disease-free.", "no-evidence-of-disease")]
    [InlineData("He is NED.", "no-evidence-of-disease")]
    [InlineData("The tumor shrank markedly.", "tumor-shrinkage")]
    [InlineData("The mass decreased in size.", "tumor-shrinkage")]
    public void NamesTheOutcome(string text, string kind) =>
        Assert.Equal(kind, Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Theory]
    [InlineData("The tumor decreased by 40%.", "tumor-shrinkage", 40.0, "%", null)]
    [InlineData("There was a 30% reduction in tumor size.", "tumor-shrinkage", 30.0, "%", null)]
    [InlineData("The lesion shrank by approximately 50%.", "tumor-shrinkage", 50.0, "%", "~")]
    [InlineData("He had a progression-free survival of 14 months.", "progression-free-survival", 14.0, "month", null)]
    [InlineData("Her PFS > 2 years.", "progression-free-survival", 2.0, "year", ">")]
    [InlineData("The OS of approximately 20 months was noted.", "overall-survival", 20.0, "month", "~")]
    [InlineData("Overall survival was more than 3 years.", "overall-survival", 3.0, "year", ">")]
    [InlineData("PFS was at least 8 weeks.", "progression-free-survival", 8.0, "week", "≥")]
    [InlineData("PFS of 18+ months was reached.", "progression-free-survival", 18.0, "month", ">")]
    public void ReadsValuesUnitsAndQualifiers(string text, string kind, double value, string unit, string? qualifier)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal((kind, value, unit, qualifier), (outcome.Kind, outcome.Value!.Value, outcome.Unit!, outcome.Qualifier));
    }

    [Theory]
    [InlineData("There was no recurrence at follow-up.")]
    [InlineData("There was no disease progression.")]
    [InlineData("PD-L1 expression was 80% in tumor cells.")]
    [InlineData("Anti-PD-1 therapy was started.")]
    [InlineData("The tumor was ER and PR positive.")]
    [InlineData("To prevent recurrence, surveillance was arranged.")]
    [InlineData("Her mother died of breast cancer.")]
    [InlineData("CEA decreased by 40%.")]
    [InlineData("Recurrence-free survival was not reported.")]
    [InlineData("She had a recurrence of abdominal pain.")]
    [InlineData("Surgical margins were tumor-free.")]
    [InlineData("His elder sister had similar problems for years and died of diabetes.")]
    [InlineData("Chemotherapy was given to reduce the likelihood of recurrence.")]
    public void NegatedAndLookalikeOutcomesAreLeftOut(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Outcomes);

    [Theory]
    [InlineData("He received pembrolizumab. CT showed a partial response.", new[] { "pembrolizumab" })]
    [InlineData("A partial response was seen after pembrolizumab and radiotherapy.", new[] { "pembrolizumab", "radiotherapy" })]
    [InlineData("She received nivolumab. Six weeks later there was nothing. The tumor then progressed.", new string[0])]
    public void TiesTheOutcomeToTheTherapyOfItsSentenceOrTheOneBefore(string text, string[] therapy)
    {
        var drugs = text.Contains("pembrolizumab", StringComparison.Ordinal) ? new[] { "pembrolizumab" } : ["nivolumab"];
        var outcome = Assert.Single(ClinicalRun.Run(text, drugs).Outcomes);
        Assert.Equal(therapy, outcome.Therapy);
    }

    [Fact]
    public void APlannedDrugIsNotTheTherapyOfAnOutcome()
    {
        var context = ClinicalRun.Context("Disease progression on pembrolizumab was seen, and nivolumab was planned.");
        foreach (var (name, status) in new[] { ("pembrolizumab", Model.TreatmentStatus.Given), ("nivolumab", Model.TreatmentStatus.Planned) })
        {
            var start = context.Text.IndexOf(name, StringComparison.Ordinal);
            context.Drugs.Add(new Model.DrugFact { Patient = "P1", Name = name, Mention = name, Status = status, Evidence = context.Evidence(start, start + name.Length) });
        }

        new Core.Extraction.Outcomes.OutcomeStep().Run(context);
        Assert.Equal(["pembrolizumab"], Assert.Single(context.Outcomes).Therapy);
    }

    [Fact]
    public void OneFactPerOutcomeAndTherapy()
    {
        var outcomes = ClinicalRun.Run("She had a partial response to pembrolizumab. The partial response lasted.", "pembrolizumab").Outcomes;
        Assert.Equal(["pembrolizumab"], Assert.Single(outcomes).Therapy);
    }
}
