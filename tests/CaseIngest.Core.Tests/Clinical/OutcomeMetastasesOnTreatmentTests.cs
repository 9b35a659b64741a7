namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Metastases found during a treatment the patient received, or dated from its start, are the disease progressing on it,
/// even where no word says "progression"; metastases before it, denied, or of a specimen are not.
/// </summary>
public sealed class OutcomeMetastasesOnTreatmentTests
{
    private const string Treated = "A 66-year-old man with metastatic colorectal adenocarcinoma was treated with oxaliplatin. ";

    [Theory]
    [InlineData("He developed brain metastases 6 months after starting oxaliplatin.")]
    [InlineData("Eight months after the initiation of oxaliplatin, bone metastases were detected.")]
    [InlineData("Lung metastases appeared while he was still on oxaliplatin.")]
    [InlineData("Adrenal metastases were found despite four cycles of oxaliplatin.")]
    public void MetastasesFoundOnATreatmentAreProgression(string sentence)
    {
        var outcome = Assert.Single(ClinicalRun.Run(Treated + sentence, "oxaliplatin").Outcomes);
        Assert.Equal(("progressive-disease", "oxaliplatin"), (outcome.Kind, Assert.Single(outcome.Therapy)));
    }

    [Theory]
    [InlineData("A 66-year-old man had liver metastases 2 months before starting oxaliplatin.", "oxaliplatin")]
    [InlineData("A 66-year-old man was treated with oxaliplatin. No metastases were seen 6 months after starting it.", "oxaliplatin")]
    [InlineData("A 66-year-old man had liver metastases 6 months after starting aspirin.")]
    public void MetastasesBeforeATreatmentDeniedOrWithoutOneAreNoProgression(string text, params string[] drugs) =>
        Assert.DoesNotContain(ClinicalRun.Run(text, drugs).Outcomes, o => o.Kind == "progressive-disease");
}
