namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Growth told as a noun with its measure of time or pace ("interval growth of the liver lesions", "further growth of the
/// mass", "interval increase in the size of the nodules") is progression once treatment has begun; growth of anything
/// but a tumour, and before any treatment, is none.
/// </summary>
public sealed class OutcomeGrowthNounTests
{
    [Theory]
    [InlineData("After four cycles of gemcitabine, CT showed interval growth of the liver lesions.", "gemcitabine")]
    [InlineData("Despite sunitinib, there was further growth of the renal mass.", "sunitinib")]
    [InlineData("Restaging on pembrolizumab demonstrated interval increase in the size of the pulmonary nodules.", "pembrolizumab")]
    [InlineData("Three months into erlotinib, MRI revealed interval enlargement of the adrenal metastasis.", "erlotinib")]
    public void GrowthOfTheLesionsOnTreatmentIsProgression(string text, string drug) =>
        Assert.Contains(ClinicalRun.Run(text, drug).Outcomes, o => o.Kind == "progressive-disease");

    [Theory]
    [InlineData("Blood cultures showed growth of Staphylococcus aureus after vancomycin was started.", "vancomycin")]
    [InlineData("The child showed normal growth of the long bones.")]
    public void GrowthOfSomethingElseIsNoProgression(string text, params string[] drugs) =>
        Assert.DoesNotContain(ClinicalRun.Run(text, drugs).Outcomes, o => o.Kind == "progressive-disease");
}
