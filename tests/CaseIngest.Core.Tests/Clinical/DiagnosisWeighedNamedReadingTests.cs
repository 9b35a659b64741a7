namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A reading only weighed ("could be consistent with", "may be compatible with", "possibly in keeping with") or denied
/// ("not consistent with") diagnoses nothing also when the lexicon names the disease (pneumonitis, sarcoidosis, lymphoma,
/// colitis); the same reading stated plainly, or weighed and then confirmed, still diagnoses it.
/// </summary>
public sealed class DiagnosisWeighedNamedReadingTests
{
    [Theory]
    [InlineData("The ground-glass opacities on the chest CT could be consistent with pneumonitis.", "pneumonitis")]
    [InlineData("The hilar adenopathy may be compatible with sarcoidosis.", "sarcoidosis")]
    [InlineData("The bowel wall thickening was possibly in keeping with colitis.", "colitis")]
    [InlineData("The cytology of the pleural fluid was not consistent with lymphoma.", "lymphoma")]
    [InlineData("The raised troponin and the MRI findings might be compatible with myocarditis.", "myocarditis")]
    public void AReadingOnlyWeighedDiagnosesNoLexiconName(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("The ground-glass opacities on the chest CT were consistent with pneumonitis.", "pneumonitis")]
    [InlineData("The mediastinal node biopsy was compatible with sarcoidosis.", "sarcoidosis")]
    [InlineData("The colonoscopic appearances could be consistent with colitis, which was confirmed by biopsy.", "colitis")]
    [InlineData("The cervical node biopsy showed sheets of large atypical cells consistent with lymphoma.", "lymphoma")]
    public void AReadingStatedOrConfirmedStillDiagnoses(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));
}
