namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A benign tumour named by the hormone it secretes or the cell it comes from ("prolactinoma", "insulinoma",
/// "corticotroph adenoma", "parathyroid adenoma"), and a neoplasm of uncertain behaviour the vocabularies place only by its
/// ICD-O code ("craniopharyngioma", "angiomyolipoma", "oncocytoma", "cystadenoma"), is a diagnosis where the report
/// diagnoses it. One an image only showed, one suspected and one denied are not.
/// </summary>
public sealed class DiagnosisEndocrineAndUncertainNeoplasmTests
{
    [Theory]
    [InlineData("The 29-year-old woman was diagnosed with a giant prolactinoma.", "prolactinoma")]
    [InlineData("Endocrine work-up and imaging confirmed a macroprolactinoma with cavernous sinus extension.", "macroprolactinoma")]
    [InlineData("Histology of the resected sellar mass showed a corticotroph adenoma.", "corticotroph adenoma")]
    [InlineData("A diagnosis of insulinoma of the pancreatic tail was made after a supervised fast.", "insulinoma")]
    [InlineData("Pathology of the excised gland confirmed a parathyroid adenoma weighing 1.4 g.", "parathyroid adenoma")]
    [InlineData("The findings were consistent with an aldosteronoma of the left adrenal gland.", "aldosteronoma")]
    [InlineData("At the age of 11 the boy was diagnosed with an adamantinous craniopharyngioma.", "adamantinous craniopharyngioma")]
    [InlineData("Biopsy of the renal mass revealed an angiomyolipoma.", "angiomyolipoma")]
    [InlineData("Histopathological examination of the nephrectomy specimen showed an oncocytoma.", "oncocytoma")]
    [InlineData("The final pathology was compatible with a mucinous cystadenoma of the appendix.", "cystadenoma")]
    public void ATumourNamedByItsHormoneCellOrIcdOBehaviourIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("MRI of the sella showed a lesion suspicious for a prolactinoma.")]
    [InlineData("CT incidentally showed an angiomyolipoma of the right kidney.")]
    [InlineData("Biopsy showed no craniopharyngioma.")]
    [InlineData("An insulinoma was suspected, but the fasting test was normal.")]
    public void OneAnImageShowedOneSuspectedOrOneDeniedIsNot(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses,
            d => d.Name is "prolactinoma" or "angiomyolipoma" or "craniopharyngioma" or "insulinoma");
}
