namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An infection named only by the organism a culture or a nucleic-acid test found ("PCR was positive for VZV DNA",
/// "cultures grew norovirus") is that organism's infection; an organism not found, found only by antibodies, or found in
/// a tumour's cells is not.
/// </summary>
public sealed class DiagnosisOrganismFindingTests
{
    [Theory]
    [InlineData("Aqueous humour PCR came back positive for VZV DNA.", "varicella zoster virus infection")]
    [InlineData("Serum PCR was positive for CMV, and ganciclovir was started.", "cytomegalovirus infection")]
    [InlineData("A multiplex stool PCR panel was positive for norovirus and astrovirus.", "norovirus infection")]
    [InlineData("A multiplex stool PCR panel was positive for norovirus and astrovirus.", "astrovirus infection")]
    [InlineData("Cytomegalovirus DNA was detected in the plasma at 12,000 copies per millilitre.", "cytomegalovirus infection")]
    [InlineData("PCR of the skin swab confirmed varicella zoster virus.", "varicella zoster virus infection")]
    [InlineData("On day nine, EBV DNA was detected by quantitative PCR in whole blood.", "epstein-barr virus infection")]
    public void AnOrganismATestFoundNamesItsInfection(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("PCR of the cerebrospinal fluid was negative for VZV, HSV and CMV.")]
    [InlineData("Cytomegalovirus DNA was not detected in the plasma by PCR.")]
    [InlineData("Serology was positive for CMV IgG, indicating past exposure.")]
    [InlineData("EBER in situ hybridization was positive for EBV in the lymphoma cells.")]
    [InlineData("The donor was positive for CMV and the recipient negative.")]
    public void AnOrganismNotFoundByATestOfTheInfectionNamesNoInfection(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.EndsWith("virus infection", StringComparison.Ordinal));
}
