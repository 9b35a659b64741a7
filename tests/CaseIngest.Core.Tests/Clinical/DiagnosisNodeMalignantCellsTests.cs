namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A lymph node, its aspirate or its biopsy found to hold malignant or neoplastic cells ("the resected obturator nodes
/// showed malignant cells") is a lymph node metastasis of a solid cancer; nodes found free of them, a count of none, and
/// the nodes of a lymphoma, which are its own disease, are not, nor are malignant cells in a fluid.
/// </summary>
public sealed class DiagnosisNodeMalignantCellsTests
{
    [Theory]
    [InlineData("At surgery the pelvic nodes were sampled, and the retrieved obturator nodes showed malignant cells on frozen section.")]
    [InlineData("Two months after the colectomy, an aspirate of the left supraclavicular node showed clusters of malignant cells.")]
    [InlineData("The resected mesocolic lymph nodes were infiltrated by neoplastic cells near their hilum.")]
    [InlineData("Cytology of the enlarged cervical lymph node revealed malignant cells, and a thyroid primary was sought.")]
    public void ANodeHoldingMalignantCellsIsANodalMetastasis(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == "lymph node metastasis" && d.Patient == "P1");

    [Theory]
    [InlineData("None of the dissected nodes contained malignant cells.")]
    [InlineData("The sentinel node showed no malignant cells on any of the levels cut.")]
    [InlineData("The axillary nodes were free of malignant cells on every section.")]
    [InlineData("In this man with a follicular lymphoma, the inguinal node showed malignant cells again after a year.")]
    [InlineData("The pleural fluid showed malignant cells, while the hilar nodes were small.")]
    public void NodesFreeOfThemALymphomasNodesOrAFluidAreNoNodalMetastasis(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == "lymph node metastasis");
}
