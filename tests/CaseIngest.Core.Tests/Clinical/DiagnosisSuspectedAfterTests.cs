namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A diagnosis only suspected is none also when the suspicion is told after the name ("a lymphoma was suspected",
/// "thymoma was initially suspected, but …"), or the name is followed by its not being confirmed; a suspicion the
/// sentence goes on to confirm stands.
/// </summary>
public sealed class DiagnosisSuspectedAfterTests
{
    [Theory]
    [InlineData("A 58-year-old man was admitted with a mediastinal mass. Thymoma was suspected on CT.")]
    [InlineData("A 47-year-old woman was seen for a pelvic mass. Dysgerminoma was initially suspected, but the specimen showed a benign cyst.")]
    [InlineData("A 71-year-old man was referred with jaundice. Cholangiocarcinoma was strongly suspected but not confirmed.")]
    [InlineData("A 39-year-old woman presented with an ocular lesion. Uveal melanoma was not confirmed at biopsy.")]
    [InlineData("A 66-year-old man had a renal mass. Renal clear cell carcinoma and oncocytoma were suspected.")]
    [InlineData("A 54-year-old man had weight loss. Adenocarcinoma of the pancreas was suspected on imaging.")]
    public void ANameFollowedBySuspicionOrItsNotBeingConfirmedIsNoDiagnosis(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);

    [Theory]
    [InlineData("A 58-year-old man was admitted with a mediastinal mass. Thymoma was suspected and later confirmed by biopsy.", "thymoma")]
    [InlineData("A 71-year-old man was referred with jaundice. Cholangiocarcinoma was suspected, and a biopsy confirmed it.", "cholangiocarcinoma")]
    [InlineData("A 47-year-old woman was seen for a pelvic mass. Dysgerminoma was diagnosed after the suspected torsion was excluded.", "dysgerminoma")]
    [InlineData("A 66-year-old man had a renal mass. Bladder adenocarcinoma was confirmed.", "bladder adenocarcinoma")]
    public void ASuspicionTheSentenceConfirmsOrAnUnhedgedNameStands(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));
}
