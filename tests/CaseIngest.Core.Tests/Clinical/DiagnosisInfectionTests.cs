namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Infections named by their organism ("aspergillosis", "CMV infection", "herpes zoster") are diagnoses where the
/// report diagnoses them or the case develops them, as other infections are; a past or denied one is not.
/// </summary>
public sealed class DiagnosisInfectionTests
{
    [Theory]
    [InlineData("He developed invasive pulmonary aspergillosis.", "aspergillosis")]
    [InlineData("BAL culture confirmed invasive aspergillosis.", "aspergillosis")]
    [InlineData("She was diagnosed with oral candidiasis.", "candidiasis")]
    [InlineData("Biopsy of the sinus confirmed mucormycosis.", "mucormycosis")]
    [InlineData("He was diagnosed with cytomegalovirus infection.", "cytomegalovirus infection")]
    [InlineData("She developed a CMV infection after transplantation.", "cytomegalovirus infection")]
    [InlineData("She was diagnosed with Epstein-Barr virus infection.", "epstein-barr virus infection")]
    [InlineData("Two weeks after the third cycle he developed herpes zoster.", "herpes zoster")]
    [InlineData("A diagnosis of toxoplasmosis was made.", "toxoplasmosis")]
    [InlineData("He developed acute respiratory distress syndrome and was intubated.", "acute respiratory distress syndrome")]
    public void AnInfectionNamedByItsOrganismIsADiagnosis(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Serology showed no evidence of cytomegalovirus infection.")]
    [InlineData("Prophylaxis against CMV infection was given with valganciclovir.")]
    [InlineData("Aspergillosis was considered but the galactomannan test was negative.")]
    public void ADeniedOrPreventedInfectionIsNoDiagnosis(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
