namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A diagnosis written under a heading on its own line ("Diagnosis", "Final diagnosis", "Histopathology"), in a figure
/// legend or as the case's closing statement is the case's diagnosis; a differential block weighs its names only.
/// </summary>
public sealed class DiagnosisHeadingBlockTests
{
    [Theory]
    [InlineData("Diagnosis\nDiffuse large B-cell lymphoma, germinal centre type.", "diffuse large b-cell lymphoma")]
    [InlineData("Final diagnosis\nFollicular lymphoma, grade 2.", "follicular lymphoma")]
    [InlineData("Pathological diagnosis\nGastrointestinal stromal tumour of the stomach, high risk.", "gastrointestinal stromal tumor")]
    [InlineData("Histopathology: moderately differentiated adenocarcinoma of the rectum.", "rectal adenocarcinoma")]
    [InlineData("Figure 2. The resected specimen showing clear cell renal cell carcinoma (H&E, x200).", "clear cell renal cell carcinoma")]
    [InlineData("The final diagnosis was classical Hodgkin lymphoma, nodular sclerosis type.", "hodgkin lymphoma")]
    [InlineData("Histopathological examination\nMyxoid liposarcoma of the thigh with no necrosis.", "liposarcoma")]
    public void ADiagnosisUnderAHeadingIsTheCases(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Differential diagnosis\nLymphoma versus sarcoidosis.")]
    [InlineData("Differential diagnoses: tuberculosis, sarcoidosis and lymphoma.")]
    public void ADifferentialBlockNamesNone(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
