namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Shrinkage is an outcome of a tumour: an aneurysm, a haematoma, an abscess, a cyst or an effusion that becomes
/// smaller is the course of another condition, unless the sentence also speaks of the tumour.
/// </summary>
public sealed class OutcomeShrinkageOfOtherStructuresTests
{
    [Theory]
    [InlineData("After coil embolization the pseudoaneurysm decreased in size to 1.2 cm.")]
    [InlineData("A control CT two weeks later showed that the aneurysm had decreased in diameter.")]
    [InlineData("The subcapsular hematoma became smaller on the follow-up ultrasound.")]
    [InlineData("With drainage and antibiotics the liver abscess decreased in size.")]
    [InlineData("The pericardial effusion decreased in volume after three days of colchicine.")]
    [InlineData("On repeat imaging the renal cyst had shrunk.")]
    [InlineData("The left atrial thrombus decreased in size under anticoagulation.")]
    [InlineData("The splenic infarct and the surrounding collection diminished in size over the following weeks.")]
    public void ShrinkageOfAnotherStructureIsNoTumourShrinkage(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind is "tumor-shrinkage" or "regression");

    [Theory]
    [InlineData("After two cycles of carboplatin the pleural effusion and the primary tumour decreased in size.")]
    [InlineData("The liver metastases decreased in size, and the hematoma had resolved.")]
    [InlineData("After four cycles the mass decreased in size.")]
    [InlineData("Follow-up CT showed that the lesion had decreased in diameter.")]
    public void ShrinkageToldOfTheTumourBesideAnotherStructureStaysShrinkage(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Outcomes, o => o.Kind == "tumor-shrinkage");
}
