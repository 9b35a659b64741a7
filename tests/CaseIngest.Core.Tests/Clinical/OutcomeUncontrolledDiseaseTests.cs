namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease the treatment did not hold back ("the disease was not controlled", "her metastatic disease could no longer
/// be controlled", "the regimen failed to control the tumour") is a progressive disease once a treatment was given; a
/// named condition, pain or blood pressure left uncontrolled, and a control only hoped for, are not.
/// </summary>
public sealed class OutcomeUncontrolledDiseaseTests
{
    [Theory]
    [InlineData("A 55-year-old man with metastatic colorectal cancer received FOLFOX. After six cycles the disease was not controlled, and irinotecan was started.", "FOLFOX")]
    [InlineData("She was treated with carboplatin and paclitaxel for ovarian cancer, but her peritoneal disease could no longer be controlled.", "carboplatin")]
    [InlineData("He received sunitinib for renal cell carcinoma, which failed to control the disease within four months.", "sunitinib")]
    public void ADiseaseNotControlledIsAProgression(string text, string drug) =>
        Assert.Contains(ClinicalRun.Run(text, drug).Outcomes, o => o.Kind == "progressive-disease");

    [Theory]
    [InlineData("A 55-year-old man with metastatic colorectal cancer received FOLFOX. His hypertension was not controlled, and amlodipine was added.", "FOLFOX")]
    [InlineData("He received gemcitabine for pancreatic cancer; the pain was not controlled with oral morphine.", "gemcitabine")]
    [InlineData("A 40-year-old woman with breast cancer received doxorubicin. Her Crohn disease was not controlled with mesalazine.", "doxorubicin")]
    [InlineData("She received two cycles of cisplatin for cervical cancer, and the disease was well controlled.", "cisplatin")]
    public void OtherConditionsOrAControlledDiseaseAreNone(string text, string drug) =>
        Assert.DoesNotContain(ClinicalRun.Run(text, drug).Outcomes, o => o.Kind == "progressive-disease");
}
