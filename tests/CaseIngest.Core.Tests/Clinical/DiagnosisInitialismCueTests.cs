namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease written only as its initialism is a diagnosis where a cue diagnoses it ("a diagnosis of AML was made",
/// "HCC was confirmed"); an initialism in a general statement, a relative's or a weighed one is none.
/// </summary>
public sealed class DiagnosisInitialismCueTests
{
    [Theory]
    [InlineData("A diagnosis of AML was made.", "acute myeloid leukemia")]
    [InlineData("HCC was confirmed on biopsy.", "hepatocellular carcinoma")]
    [InlineData("He was diagnosed with CLL.", "chronic lymphocytic leukemia")]
    [InlineData("Bone marrow biopsy confirmed MDS.", "myelodysplastic")]
    [InlineData("Excisional biopsy of the node confirmed DLBCL.", "diffuse large b-cell lymphoma")]
    [InlineData("A diagnosis of GIST was made.", "gastrointestinal stromal tumor")]
    [InlineData("He was diagnosed with metastatic RCC.", "renal cell carcinoma")]
    [InlineData("Core biopsy confirmed ESCC.", "esophageal squamous cell carcinoma")]
    public void ACuedInitialismIsItsDiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("AML can arise from MDS in older patients.")]
    [InlineData("Her sister was diagnosed with AML.")]
    [InlineData("CLL was considered less likely given the flow cytometry.")]
    [InlineData("Testing for ALK rearrangement was negative.")]
    public void AnInitialismNotOfThisPatientIsNone(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
