namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease the findings favour, point to or resemble, one high on a list of possibilities or a concern, a first
/// impression, a doubtful or assumed diagnosis and one of two alternatives ("compatible with a meningioma or a
/// metastasis") are no diagnoses of the patient; a disease the findings are inconsistent with or that is not evident is
/// denied. The confirmed disease beside them, and a list of a disease with its primary or metastatic form, still stand.
/// </summary>
public sealed class DiagnosisLeaningWordingTests
{
    [Theory]
    [InlineData("The CT appearance favored a diagnosis of schwannoma.", "schwannoma")]
    [InlineData("Frozen section favoured the diagnosis of a granulosa cell tumor.", "granulosa")]
    [InlineData("The cavitating lesions pointed to pulmonary tuberculosis.", "tuberculosis")]
    [InlineData("The infiltrate in the skin resembled a mycosis fungoides.", "mycosis fungoides")]
    [InlineData("A Burkitt lymphoma was high on the differential because of the rapid growth.", "lymphoma")]
    [InlineData("Differentials included Hodgkin lymphoma and tuberculosis.", "lymphoma")]
    [InlineData("Possibilities included a gastrointestinal stromal tumor and a leiomyoma.", "stromal tumor")]
    [InlineData("Metastasis of a renal cell carcinoma was the main suspicion.", "renal cell carcinoma")]
    [InlineData("Visceral leishmaniasis was a concern given the travel history.", "leishmaniasis")]
    [InlineData("The first impression was of an ovarian cancer with peritoneal spread.", "ovarian cancer")]
    [InlineData("The diagnosis of Crohn disease was doubtful at that stage.", "crohn")]
    [InlineData("Lung cancer was assumed, and a bronchoscopy was arranged.", "lung cancer")]
    [InlineData("Ewing sarcoma was the most probable diagnosis in a boy of this age.", "ewing")]
    [InlineData("The smear was inconsistent with a chronic myeloid leukemia.", "leukemia")]
    [InlineData("Leukemia was not evident on the peripheral smear.", "leukemia")]
    [InlineData("Radiologically the lesion was compatible with a meningioma or a metastasis.", "meningioma")]
    [InlineData("The pleural fluid cytology was consistent with a mesothelioma or an adenocarcinoma.", "mesothelioma")]
    [InlineData("The pleural fluid cytology was consistent with a mesothelioma or an adenocarcinoma.", "adenocarcinoma")]
    [InlineData("It was unclear whether it was a meningioma or a hemangiopericytoma.", "hemangiopericytoma")]
    [InlineData("A chondrosarcoma was the first hypothesis on the radiographs.", "chondrosarcoma")]
    [InlineData("The hypothesis of a Castleman disease was raised by the pathologist.", "castleman")]
    [InlineData("Brucellosis was kept in mind because he worked with cattle.", "brucellosis")]
    [InlineData("A primary cardiac lymphoma was put forward as the diagnosis.", "lymphoma")]
    [InlineData("On the first visit we thought of a Kaposi sarcoma.", "kaposi")]
    public void ADiagnosisOnlyLeanedTowardsIsNoDiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("The biopsy was consistent with a primary or metastatic adenocarcinoma of the lung.", "adenocarcinoma")]
    [InlineData("Histology was compatible with a conventional chondrosarcoma, grade 2.", "chondrosarcoma")]
    [InlineData("The CT favored a schwannoma, and the resected specimen confirmed a schwannoma.", "schwannoma")]
    [InlineData("Tuberculosis was a concern, but the node showed a classic Hodgkin lymphoma.", "hodgkin lymphoma")]
    [InlineData("The first impression was a cyst; the final diagnosis was a pilocytic astrocytoma.", "astrocytoma")]
    public void ADiagnosisStatedBesideSuchWordingStillIs(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
}
