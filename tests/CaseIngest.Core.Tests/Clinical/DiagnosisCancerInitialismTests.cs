namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A cancer a report names only by its usual initialism, never spelled out, is the diagnosis where a strong cue names it
/// ("confirmed NPC", "diagnosed with LUAD", "consistent with DFSP"), also when its stage or its site follows; the same
/// initialism without a cue, weighed, a relative's, or naming a vessel before a finding is none.
/// </summary>
public sealed class DiagnosisCancerInitialismTests
{
    [Theory]
    [InlineData("Endoscopic biopsy of the nasopharyngeal mass confirmed NPC.", "nasopharyngeal carcinoma")]
    [InlineData("She was diagnosed with LUAD and started on osimertinib.", "lung adenocarcinoma")]
    [InlineData("A bronchoscopic biopsy confirmed LUSC, and the tumour was staged as IIIA.", "lung squamous cell carcinoma")]
    [InlineData("The stereotactic biopsy of the periventricular lesion was consistent with PCNSL.", "lymphoma")]
    [InlineData("Persistent monocytosis and the marrow findings established the diagnosis of CMML.", "chronic myelomonocytic leukemia")]
    [InlineData("The excised plaque on his shoulder was consistent with DFSP.", "dermatofibrosarcoma protuberans")]
    [InlineData("Twelve weeks after the renal transplant, a diagnosis of PTLD was made.", "post-transplant lymphoproliferative disorder")]
    [InlineData("A punch biopsy of the gingival ulcer confirmed OSCC of the lower alveolus.", "oral squamous cell carcinoma")]
    [InlineData("He was diagnosed with NPC T3N1M0 and received induction chemotherapy.", "nasopharyngeal carcinoma")]
    [InlineData("Liver biopsy of the hilar mass confirmed CCA in the second week.", "cholangiocarcinoma")]
    public void ACancerNamedOnlyByItsInitialismAfterACueIsTheDiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("NPC is endemic in parts of southern China and North Africa.")]
    [InlineData("A provisional diagnosis of PTLD was made pending the biopsy.")]
    [InlineData("Her father had been diagnosed with CMML before his death.")]
    [InlineData("Carotid Doppler confirmed CCA stenosis of about 60%.")]
    public void AnInitialismWithoutACueOrNotThePatientsIsNone(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains("carcinoma", StringComparison.Ordinal)
            || d.Name.Contains("lymphoprolif", StringComparison.Ordinal) || d.Name.Contains("leukemia", StringComparison.Ordinal));
}
