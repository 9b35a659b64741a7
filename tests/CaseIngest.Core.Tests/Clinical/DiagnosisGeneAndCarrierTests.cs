namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease name inside the name of a gene or its product ("B-cell lymphoma-2", "multiple myeloma oncogene 1") and the
/// carrier state of a virus ("a hepatitis B virus carrier") are no diagnosis; the disease itself still is.
/// </summary>
public sealed class DiagnosisGeneAndCarrierTests
{
    [Theory]
    [InlineData("Tumour cells were positive for CD20, PAX5 and B-cell lymphoma (Bcl)-2, and negative for CD3.", "lymphoma")]
    [InlineData("The neoplastic cells expressed B-cell lymphoma-2 protein but not CD10.", "lymphoma")]
    [InlineData("Tumour cells were positive for CD20, PAX5 and B-cell lymphoma 2 (BCL2).", "lymphoma")]
    [InlineData("Immunostaining for B-cell lymphoma 6 was negative in the tumour cells.", "lymphoma")]
    [InlineData("The plasma cells were positive for multiple myeloma oncogene 1, CD138 and CD38.", "myeloma")]
    [InlineData("Staining for multiple myeloma oncogene-1 (MUM1) was diffusely positive.", "myeloma")]
    [InlineData("The spindle cells were negative for anaplastic lymphoma kinase (ALK) and desmin.", "lymphoma")]
    [InlineData("The blasts showed a rearrangement of the mixed lineage leukemia gene.", "leukemia")]
    public void ADiseaseNameInsideAGeneNameIsNotADiagnosis(string text, string word) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("She was a hepatitis B virus carrier and had no other medical problems.", "hepatitis")]
    [InlineData("He had been an HBV carrier for some years before the diagnosis.", "hepatitis")]
    [InlineData("The patient was a chronic hepatitis B carrier with normal liver enzymes.", "hepatitis")]
    [InlineData("He was a hepatitis C virus carrier without cirrhosis.", "hepatitis")]
    [InlineData("Serology showed that the patient was a carrier of hepatitis B.", "hepatitis")]
    [InlineData("Hepatitis B surface antigen was positive and liver function was normal.", "hepatitis")]
    [InlineData("An interferon-gamma release assay for tuberculosis was negative.", "tuberculosis")]
    public void TheCarrierStateOfAVirusOrATestForADiseaseIsNotADiagnosis(string text, string word) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("He was diagnosed with acute hepatitis B two weeks after the transfusion.", "hepatitis b")]
    [InlineData("Bone marrow biopsy confirmed multiple myeloma with 40% plasma cells.", "multiple myeloma")]
    [InlineData("Biopsy of the mass showed diffuse large B-cell lymphoma, and she was treated with R-CHOP.", "diffuse large b-cell lymphoma")]
    public void TheDiseaseItselfStaysADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");
}
