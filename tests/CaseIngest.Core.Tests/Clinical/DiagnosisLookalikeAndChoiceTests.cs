namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease the case only looked like ("a carcinoma masquerading as tuberculosis", "disguised as an abscess"), one of two
/// readings offered as a choice ("either an abscess or a renal cell carcinoma") and one presumed after its name ("an
/// ovarian carcinoma was presumed") is no diagnosis; the disease that did the masquerading, a disease seen on either
/// side, and one presumed to be a named other thing keep their readings.
/// </summary>
public sealed class DiagnosisLookalikeAndChoiceTests
{
    [Theory]
    [InlineData("Metastatic lung adenocarcinoma masquerading as miliary tuberculosis\n\nA 60-year-old man presented with cough and weight loss.", "tuberculosis", "lung adenocarcinoma")]
    [InlineData("A 52-year-old woman had a colon cancer that masqueraded as an appendiceal abscess on CT.", "abscess", "colon cancer")]
    [InlineData("In this man, a diffuse large B-cell lymphoma was disguised as a psoas abscess for two months.", "abscess", "diffuse large b-cell lymphoma")]
    public void TheDiseaseALesionOnlyLookedLikeIsNoDiagnosis(string text, string lookalike, string real)
    {
        var names = ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).ToList();
        Assert.DoesNotContain(names, n => n.Contains(lookalike, StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains(real, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The CT findings suggested either a renal abscess or a cystic renal cell carcinoma.", "renal cell carcinoma")]
    [InlineData("The imaging pointed to either an ureteric amyloid deposit or an ureteral carcinoma with dense fibrosis.", "ureteral carcinoma")]
    [InlineData("Either lymphoma or metastatic carcinoma was thought likely on the scan.", "lymphoma")]
    [InlineData("An ovarian carcinoma was presumed, and she underwent laparotomy.", "ovarian")]
    [InlineData("Liver metastases were presumed, and chemotherapy was started without a biopsy.", "liver metastasis")]
    [InlineData("The lesion was presumed to be a liver metastasis.", "liver metastasis")]
    public void AReadingOfferedAsAChoiceOrPresumedIsNoDiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Nodes were enlarged on either side of the neck, and the biopsy showed Hodgkin lymphoma.", "hodgkin lymphoma")]
    [InlineData("The mass was presumed benign, but the excision showed a leiomyosarcoma.", "leiomyosarcoma")]
    [InlineData("Biopsy confirmed a renal cell carcinoma; either partial or radical nephrectomy was discussed.", "renal cell carcinoma")]
    public void ADiseaseOutsideTheChoiceOrThePresumptionStands(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));
}
