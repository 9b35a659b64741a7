namespace CaseIngest.Core.Tests.Clinical;

public sealed class OutcomeClassTests
{
    [Theory]
    [InlineData("The hepatic metastasis had halved in size on the next scan.", "tumor-shrinkage")]
    [InlineData("CT after two cycles showed a 30% reduction of the sum of diameters.", "tumor-shrinkage")]
    [InlineData("The sum of the longest diameters decreased by 42% after three cycles.", "tumor-shrinkage")]
    public void ReadsShrinkageByHalfOrOfTheSumOfDiameters(string text, string kind) =>
        Assert.Equal(kind, Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Theory]
    [InlineData("Disease control was maintained for 14 months on sunitinib.", "progression-free-survival", 14.0, "month")]
    [InlineData("The progression-free interval was 9 months.", "progression-free-survival", 9.0, "month")]
    [InlineData("Event-free survival was 26 months.", "progression-free-survival", 26.0, "month")]
    [InlineData("A local recurrence was detected at 18 months.", "recurrence", 18.0, "month")]
    [InlineData("Pelvic recurrence was found at 2 years of follow-up.", "recurrence", 2.0, "year")]
    [InlineData("He died on the 9th day of admission.", "death", 9.0, "day")]
    [InlineData("She died on day 9 of her admission.", "death", 9.0, "day")]
    [InlineData("After three cycles the primary tumour was reduced by half.", "tumor-shrinkage", 50.0, "%")]
    [InlineData("The liver metastases shrank to half their original size.", "tumor-shrinkage", 50.0, "%")]
    public void ReadsTheFigureOfTheOutcome(string text, string kind, double value, string unit)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal((kind, value, unit), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }

    [Theory]
    [InlineData("Because of diarrhoea, the dose of capecitabine was reduced by half while the tumour remained stable.")]
    [InlineData("The dose of sunitinib was halved after two cycles because of hand-foot syndrome, and the liver metastases were unchanged.")]
    public void ADoseReducedByHalfIsNoShrinkage(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "tumor-shrinkage");

    [Fact]
    public void TheDurationOfResponseIsTheDurationOfTheResponseToldBefore()
    {
        var outcomes = ClinicalRun.Run("A partial response was seen on the first restaging CT. The duration of response was 11 months.").Outcomes;
        Assert.Contains(outcomes, o => o.Kind == "partial-response" && o.Value == 11.0 && o.Unit == "month");
    }

    [Fact]
    public void ARecurrenceAtAnAgeHasNoTime() =>
        Assert.Null(Assert.Single(ClinicalRun.Run("A local recurrence was detected at 18 months of age.").Outcomes).Value);

    [Theory]
    [InlineData("A complete response is rarely seen with this regimen.")]
    [InlineData("Complete remission is uncommon in this disease.")]
    [InlineData("Such tumours usually recur within two years of resection.")]
    [InlineData("In a previous report, the patient died 3 months after diagnosis.")]
    [InlineData("A similar case treated with imatinib achieved a complete response.")]
    [InlineData("Another case of this tumour showed a partial response to sunitinib.")]
    public void GeneralStatementsAndOtherPatientsOutcomesAreNoOutcomes(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Outcomes);

    [Fact]
    public void AnOutcomeOfThePatientBesideAGeneralStatementIsKept() =>
        Assert.Equal("complete-response", Assert.Single(ClinicalRun.Run("Although a complete response is rarely seen with this regimen, our patient achieved a complete response.").Outcomes).Kind);

    [Fact]
    public void AnOutcomeOfTheSecondPatientOfASeriesIsHers()
    {
        var context = ClinicalRun.Run("Case 1\nA 54-year-old man presented with melanoma. He died 3 months later.\nCase 2\nA 61-year-old woman presented with melanoma. She was treated with surgery. At the last visit, the second patient was alive at 12 months.");
        Assert.Equal("P2", Assert.Single(context.Outcomes, o => o.Kind == "overall-survival").Patient);
    }
}
