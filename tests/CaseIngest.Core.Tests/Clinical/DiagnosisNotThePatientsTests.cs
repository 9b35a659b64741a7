namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Names that are not this patient's diagnosis: a differential weighed or set aside, a relative's cancer, a cured cancer
/// of another organ the patient brings as history, and a gene.
/// </summary>
public sealed class DiagnosisNotThePatientsTests
{
    [Theory]
    [InlineData("Tuberculosis was considered less likely given the negative cultures.")]
    [InlineData("The differential included sarcoidosis versus lymphoma.")]
    [InlineData("His brother had colon cancer at the age of 50.")]
    [InlineData("Sequencing showed a KRAS G12D mutation.")]
    [InlineData("Lymphoma was ruled out by flow cytometry.")]
    [InlineData("Pneumonia was thought unlikely, and the opacity was attributed to atelectasis.")]
    [InlineData("Metastatic disease from a gastric primary was a differential consideration.")]
    public void NamesNone(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
