namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Metastases written as deposits, involvement or lesions of an organ: "liver deposits" in a patient with a cancer,
/// "osseous involvement" beside a cancer's name, "hepatic metastatic lesions", "brain lesions consistent with
/// metastases"; an involvement or a deposit of another disease is no metastasis.
/// </summary>
public sealed class DiagnosisDepositTests
{
    [Theory]
    [InlineData("A 60-year-old man had rectal adenocarcinoma. Staging CT showed multiple liver deposits.", "liver metastasis")]
    [InlineData("Restaging of her breast cancer showed diffuse osseous involvement of the spine.", "bone metastasis")]
    [InlineData("She had ovarian carcinoma. Laparoscopy found peritoneal tumour deposits.", "peritoneal metastasis")]
    [InlineData("Contrast CT demonstrated hepatic metastatic lesions.", "liver metastasis")]
    [InlineData("MRI showed multiple brain lesions consistent with metastases.", "brain metastasis")]
    public void ADepositInvolvementOrLesionOfAnOrganInACancerIsAMetastasisThere(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("She had systemic lupus erythematosus with renal involvement.")]
    [InlineData("A 45-year-old man with sarcoidosis had extensive pulmonary involvement.")]
    [InlineData("A 70-year-old man had rectal adenocarcinoma; his long-standing psoriasis showed skin involvement of the scalp.")]
    [InlineData("Liver biopsy showed amyloid deposits in the liver.")]
    [InlineData("A 50-year-old woman with heart failure had hepatic deposits of iron on MRI.")]
    public void InvolvementOrDepositsOfAnotherDiseaseAreNoMetastasis(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.EndsWith("metastasis", StringComparison.Ordinal));
}
