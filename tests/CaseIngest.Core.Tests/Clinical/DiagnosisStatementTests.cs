namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Where a disease name is written without being stated of the patient: an entry of the article's abbreviation list,
/// or a diagnosis the findings only suggested.
/// </summary>
public sealed class DiagnosisStatementTests
{
    [Theory]
    [InlineData("She received olaparib for a BRCA2-mutated cholangiocarcinoma. Abbreviations: ICC: intrahepatic cholangiocarcinoma; HNPCC: hereditary nonpolyposis colorectal cancer; NSCLC: non-small cell lung cancer; PFS: progression-free survival.")]
    [InlineData("She received olaparib for a BRCA2-mutated cholangiocarcinoma.\n\nAbbreviations\n\nAML, acute myeloid leukemia; HBOC, hereditary breast and ovarian cancer; OS, overall survival")]
    public void AnAbbreviationListNamesNoDiagnosis(string text) =>
        Assert.Equal(["cholangiocarcinoma"], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("The molecular findings suggested the diagnosis of a sarcomatoid carcinoma.")]
    [InlineData("CT features suggesting a diagnosis of hepatocellular carcinoma were seen.")]
    public void ADiagnosisTheFindingsOnlySuggestIsLeftOut(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);

    [Fact]
    public void AFindingThatOnlySuggestsAChangeLeavesTheDiagnosisStanding() =>
        Assert.Equal(
            ["liver metastasis"],
            ClinicalRun.Run("Follow-up CT showed shrinkage of the lesions, suggesting a response of the liver metastases to chemotherapy.").Diagnoses.Select(d => d.Name));

    [Fact]
    public void ASuggestedDiagnosisThatIsThenConfirmedIsKept() =>
        Assert.Equal(
            ["hepatocellular carcinoma"],
            ClinicalRun.Run("CT suggested the diagnosis of hepatocellular carcinoma, which the liver biopsy confirmed.").Diagnoses.Select(d => d.Name));
}
