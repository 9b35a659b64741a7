namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An initialism that names a trial, a protocol, a study group or a guideline ("the AML-BFM trial", "HCC guidelines")
/// says how the case was treated or weighed, not that the case has the disease; the disease written on its own still counts.
/// </summary>
public sealed class DiagnosisProgrammeNameTests
{
    [Theory]
    [InlineData("He was enrolled in the ALL study group protocol.")]
    [InlineData("She was treated on the AML-BFM trial.")]
    [InlineData("HCC guidelines recommend surveillance every six months.")]
    [InlineData("Induction followed the ALL-BFM 95 protocol.")]
    [InlineData("The patient was treated with the COG AML protocol.")]
    [InlineData("Consolidation followed the AML 2003 study.")]
    [InlineData("She was registered in the HCC study.")]
    [InlineData("Therapy followed the CML Study IV schedule.")]
    [InlineData("The ALL IC-BFM 2002 protocol was used for induction.")]
    [InlineData("Per the AASLD HCC guideline, imaging was repeated.")]
    [InlineData("Dosing followed the MDS working group advice.")]
    public void AnInitialismNamingATrialOrAGuidelineIsNoDiagnosis(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);

    [Theory]
    [InlineData("He had been diagnosed with AML and was treated on the AML-BFM protocol.", "acute myeloid leukemia")]
    [InlineData("A liver biopsy confirmed HCC.", "hepatocellular carcinoma")]
    [InlineData("She was diagnosed with ALL at the age of four.", "acute lymphoblastic leukemia")]
    public void TheDiseaseWrittenOnItsOwnStillCounts(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));
}
