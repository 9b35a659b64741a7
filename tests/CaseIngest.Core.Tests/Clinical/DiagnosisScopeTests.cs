namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// What a diagnosis is not: a comorbidity the patient brings ("pre-existing hypothyroidism", "comorbidities included
/// …"), and the main type of a cancer already named more narrowly ("soft tissue sarcoma" beside its subtype).
/// </summary>
public sealed class DiagnosisScopeTests
{
    [Theory]
    [InlineData("She had pre-existing hypothyroidism treated with levothyroxine. Biopsy confirmed gastric adenocarcinoma.")]
    [InlineData("His comorbidities included hypertension and type 2 diabetes mellitus. Biopsy confirmed gastric adenocarcinoma.")]
    [InlineData("She had known ulcerative colitis on mesalazine. Biopsy confirmed gastric adenocarcinoma.")]
    [InlineData("He had a past medical history of well-controlled type 2 diabetes mellitus. Biopsy confirmed gastric adenocarcinoma.")]
    public void AComorbidityIsNoDiagnosis(string text) =>
        Assert.Equal(["gastric adenocarcinoma"], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Fact]
    public void APreExistingCancerStaysADiagnosis()
    {
        var names = ClinicalRun.Run("She had a pre-existing breast cancer. Biopsy of the lung mass confirmed gastric adenocarcinoma.").Diagnoses.Select(d => d.Name);
        Assert.Contains("breast cancer", names);
        Assert.Contains("gastric adenocarcinoma", names);
    }

    [Fact]
    public void AConditionThatArisesDuringTreatmentStaysADiagnosis() =>
        Assert.Contains("hypothyroidism", ClinicalRun.Run("She had known hypertension and later developed hypothyroidism on pembrolizumab.").Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A 57-year-old man had undifferentiated pleomorphic sarcoma of the thigh. Pembrolizumab has controlled his soft tissue sarcoma for six years.", "undifferentiated pleomorphic sarcoma")]
    [InlineData("Biopsy showed invasive ductal carcinoma of the left breast. Her breast cancer was staged as T2N1.", "invasive ductal carcinoma")]
    public void TheMainTypeOfANamedSubtypeIsNoSecondDiagnosis(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A 70-year-old man had prostate adenocarcinoma. MRI then showed a frontal lobe mass, suggesting metastatic brain cancer.", "prostate adenocarcinoma")]
    [InlineData("A 62-year-old woman had a breast carcinoma resected in 2015. In 2020 she was found to have metastatic liver cancer.", "breast cancer")]
    public void AMetastaticSiteCancerBesideThePrimaryIsNoSecondCancer(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Fact]
    public void AMetastaticSiteCancerAloneIsTheDiagnosis() =>
        Assert.Equal(["lung cancer"], ClinicalRun.Run("A 70-year-old man was diagnosed with metastatic lung cancer.").Diagnoses.Select(d => d.Name));
}
