namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A diagnosis written only as its initialism ("SFT", "AKI") is the known diagnosis whose words it spells, where the
/// wording diagnoses it; capitals that spell no known diagnosis, or that are only mentioned, are not diagnoses.
/// </summary>
public sealed class DiagnosisInitialismTests
{
    [Theory]
    [InlineData("Histology of the excised pleural mass confirmed SFT.", "solitary fibrous tumor")]
    [InlineData("A biopsy of the lytic skull lesion was consistent with LCH.", "langerhans cell histiocytosis")]
    [InlineData("Urinalysis showed pyuria and she was diagnosed with UTI.", "urinary tract infection")]
    [InlineData("Her creatinine tripled within two days and AKI was diagnosed.", "acute kidney injury")]
    public void AnInitialismTheReportDiagnosesIsTheDiagnosisItSpells(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("The bone marrow aspirate confirmed MDS with excess blasts.", "myelodysplastic syndrome")]
    [InlineData("She fulfilled six of the eight criteria and was diagnosed with HLH.", "hemophagocytic lymphohistiocytosis")]
    public void AnInitialismThatTakesTheSecondStemOfACompoundIsTheDiagnosisItSpells(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("A JAK2 V617F mutation was found and a diagnosis of PV was made.")]
    [InlineData("Salivary gland biopsy and anti-SSA antibodies confirmed SS.")]
    public void TwoCapitalsAreNotADiagnosisEvenWhereTheWordingDiagnosesThem(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);

    [Theory]
    [InlineData("Sequencing of the tumour was consistent with ATM loss.")]
    [InlineData("Sequencing confirmed ATM and PALB2 variants of uncertain significance.")]
    [InlineData("Serum ALT was 150 U/L and AST was 98 U/L on admission.")]
    [InlineData("The differential diagnosis included SFT and synovial sarcoma.")]
    [InlineData("She was referred for AKI prevention before contrast imaging.")]
    public void CapitalsThatAreNotADiagnosedInitialismAreNotADiagnosis(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);

    [Theory]
    [InlineData("On admission she was found to have a urinary tract infection and was given nitrofurantoin.", "urinary tract infection")]
    [InlineData("Two days later he was found to have acute respiratory failure and was intubated.", "respiratory failure")]
    public void ADiseaseThePatientIsFoundToHaveIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Fact]
    public void AFindingThePatientIsFoundToHaveIsNotADiagnosis() =>
        Assert.Empty(ClinicalRun.Run("On CT he was found to have a small right pleural effusion.").Diagnoses);
}
