namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An infection named by its organism written as an adjective or an initialism before the condition ("MRSA bacteraemia",
/// "pneumococcal pneumonia", "CMV colitis") is that condition in this patient; a prevented, excluded or only tested-for
/// organism is none.
/// </summary>
public sealed class DiagnosisOrganismWordingTests
{
    [Theory]
    [InlineData("Blood cultures grew methicillin-resistant Staphylococcus aureus and vancomycin was started for MRSA bacteraemia.", "bacteremia")]
    [InlineData("Three days after admission he developed pneumococcal pneumonia.", "pneumonia")]
    [InlineData("Endoscopic biopsies confirmed candidal oesophagitis.", "esophagitis")]
    [InlineData("Colonoscopic biopsies confirmed CMV colitis.", "colitis")]
    [InlineData("She developed Pneumocystis pneumonia during the second cycle.", "pneumocystis pneumonia")]
    [InlineData("He was diagnosed with an invasive aspergillus infection.", "aspergill")]
    [InlineData("He developed Klebsiella pneumoniae bacteremia after the first cycle.", "bacteremia")]
    [InlineData("Blood cultures confirmed Staphylococcus aureus bacteremia.", "bacteremia")]
    [InlineData("On day 9 she developed Clostridioides difficile colitis.", "colitis")]
    [InlineData("He was treated for herpes simplex virus encephalitis.", "encephalitis")]
    [InlineData("A diagnosis of cryptococcal meningitis was made.", "meningitis")]
    [InlineData("Sputum culture confirmed pulmonary tuberculosis.", "tuberculosis")]
    [InlineData("She was diagnosed with a streptococcal skin infection.", "skin infection")]
    public void AnInfectionNamedWithItsOrganismIsItsCondition(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Cultures of the nasal swab were negative for MRSA.")]
    [InlineData("Pneumococcal vaccination was given before chemotherapy.")]
    [InlineData("Prophylaxis against Pneumocystis pneumonia was given with co-trimoxazole.")]
    [InlineData("CMV colitis was excluded by biopsy.")]
    public void AnOrganismPreventedOrExcludedIsNoDiagnosis(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
