namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease the findings argue or speak against is a differential set aside, not a diagnosis; and a diagnosis confirmed
/// after a list of negative stains ("negative for CK7 and TTF-1, confirming liver metastasis", "negative for CK7, and the
/// diagnosis of ... was made") is not in the scope of that "negative for".
/// </summary>
public sealed class DiagnosisArguedAgainstTests
{
    [Theory]
    [InlineData("The cells expressed TTF-1 and napsin A but not inhibin, which argued against an adrenocortical carcinoma.", "adrenocortical carcinoma")]
    [InlineData("The absence of a mass on imaging argues against a pancreatic adenocarcinoma.", "pancreatic adenocarcinoma")]
    [InlineData("Diffuse CD34 positivity spoke against a solitary fibrous tumor in this location.", "solitary fibrous tumor")]
    [InlineData("The negative serology was arguing against hepatitis B infection.", "hepatitis b")]
    public void ADiseaseArguedAgainstIsNoDiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("A biopsy showed adenocarcinoma positive for CK20 and negative for CK7 and TTF-1, confirming liver metastasis.", "liver metastasis")]
    [InlineData("The nodule contained cells negative for TTF-1 and napsin A, confirming lung metastasis of a colorectal carcinoma.", "lung metastasis")]
    [InlineData("Marrow cells were negative for CD3 and CD5, confirming bone marrow involvement by a B-cell lymphoma.", "b-cell lymphoma")]
    [InlineData("The cells were positive for PAX8 and negative for CK7, and the diagnosis of clear cell renal cell carcinoma was made.", "clear cell renal cell carcinoma")]
    [InlineData("Stains were negative for S-100 and desmin, and a diagnosis of gastrointestinal stromal tumor was made.", "gastrointestinal stromal tumor")]
    [InlineData("Tumour cells were positive for CK7 and negative for CK20, and the final diagnosis was cholangiocarcinoma.", "cholangiocarcinoma")]
    public void ADiagnosisConfirmedAfterNegativeStainsIsAsserted(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("There was no lymph node involvement confirming spread, and no liver metastasis.", "liver metastasis")]
    [InlineData("Cytology was negative for malignant cells and for metastatic carcinoma.", "carcinoma")]
    public void ADenialOutsideTheConfirmingClauseStillDenies(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
}
