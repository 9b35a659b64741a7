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
    [InlineData("She was given palliative paracentesis for a month before death.", "death")]
    [InlineData("She received supportive care until death.", "death")]
    [InlineData("There was no evidence of disease on the last scan.", "no-evidence-of-disease")]
    [InlineData("She remains disease-free.", "no-evidence-of-disease")]
    [InlineData("He is NED.", "no-evidence-of-disease")]
    [InlineData("The tumor shrank markedly.", "tumor-shrinkage")]
    [InlineData("The mass decreased in size.", "tumor-shrinkage")]
    [InlineData("The patient experienced dramatic progress of his metastatic disease.", "progressive-disease")]
    [InlineData("CT showed significant progression of the primary lesion.", "progressive-disease")]
    [InlineData("The scan showed progression of his underlying metastatic disease.", "progressive-disease")]
    [InlineData("The subcutaneous lesions started to regress.", "regression")]
    [InlineData("A CT scan showed RECIST stability of the liver metastases.", "stable-disease")]
    [InlineData("The size of the swelling in his neck decreased.", "tumor-shrinkage")]
    [InlineData("The nodules became smaller on CT.", "tumor-shrinkage")]
    [InlineData("The scan showed a partial remission of the tumour.", "partial-response")]
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
    [InlineData("The postoperative disease-free survival was 9 months.", "no-evidence-of-disease", 9.0, "month", null)]
    [InlineData("Her recurrence-free survival has been more than 20 months.", "no-evidence-of-disease", 20.0, "month", ">")]
    [InlineData("Treatment was switched, resulting in stable disease for 12 months.", "stable-disease", 12.0, "month", null)]
    [InlineData("Treatment was stopped and the patient died ∼4 months later.", "death", 4.0, "month", "~")]
    [InlineData("The patient died 17 days post initial presentation.", "death", 17.0, "day", null)]
    [InlineData("She achieved a radiographic complete response (CR) for 10 months.", "complete-response", 10.0, "month", null)]
    [InlineData("There was no evidence of tumor recurrence or instrumentation failure at more than 2 years of follow-up.", "no-evidence-of-disease", 2.0, "year", ">")]
    public void ReadsValuesUnitsAndQualifiers(string text, string kind, double value, string unit, string? qualifier)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal((kind, value, unit, qualifier), (outcome.Kind, outcome.Value!.Value, outcome.Unit!, outcome.Qualifier));
    }

    [Theory]
    [InlineData("He died at the age of 60 years.", "death")]
    [InlineData("She achieved a partial response at 3 months.", "partial-response")]
    [InlineData("He died after 3 cycles of chemotherapy.", "death")]
    public void ATimeThatIsNoDurationGivesNoValue(string text, string kind)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal((kind, (double?)null), (outcome.Kind, outcome.Value));
    }

    [Theory]
    [InlineData("There was no recurrence at follow-up.")]
    [InlineData("PD-L1 expression was 80% in tumor cells.")]
    [InlineData("Anti-PD-1 therapy was started.")]
    [InlineData("The tumor was ER and PR positive.")]
    [InlineData("To prevent recurrence, surveillance was arranged.")]
    [InlineData("Her mother died of breast cancer.")]
    [InlineData("CEA decreased by 40%.")]
    [InlineData("Recurrence-free survival was not reported.")]
    [InlineData("She had a recurrence of abdominal pain.")]
    [InlineData("The headache was throbbing and recurred later.")]
    [InlineData("Upon reintroduction of the drug, grade 3 hypokalemia recurred.")]
    [InlineData("Lim et al. reported a boy who died 8 months later due to tumor recurrence.")]
    [InlineData("Up to 40% of DLBCL patients relapse after remission.")]
    [InlineData("Rapid progression of his underlying acute hepatic failure was the likely cause.")]
    [InlineData("Smith reported the case of a boy who died 8 months later.")]
    [InlineData("Surgical margins were tumor-free.")]
    [InlineData("His elder sister had similar problems for years and died of diabetes.")]
    [InlineData("Chemotherapy was given to reduce the likelihood of recurrence.")]
    [InlineData("He received a liver from a deceased donor in 2011.")]
    [InlineData("A complete response is associated with a lower incidence of local recurrences.")]
    [InlineData("The graft came from deceased citizen organ donation.")]
    public void NegatedAndLookalikeOutcomesAreLeftOut(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Outcomes);

    [Theory]
    [InlineData("He received pembrolizumab. CT showed a partial response.", new[] { "pembrolizumab" })]
    [InlineData("A partial response was seen after pembrolizumab and radiotherapy.", new[] { "pembrolizumab", "radiotherapy" })]
    [InlineData("She received nivolumab. Six weeks later there was nothing. The tumor then progressed.", new string[0])]
    [InlineData("Nivolumab was continued, but he died of pneumonia.", new string[0])]
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
