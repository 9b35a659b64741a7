namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A metastasis whose site follows it may name the site by a bone's part or a vertebra's level ("metastasis in the
/// iliac bone", "a metastatic deposit in the L3 vertebral body") or count the nodes it reached in words ("metastases in
/// three of the eleven regional lymph nodes"): each is the organ's metastasis. A count of none, a bone named without
/// metastasis, and a metastasis denied are none.
/// </summary>
public sealed class DiagnosisQualifiedSiteMetastasisTests
{
    [Theory]
    [InlineData("A 16-year-old boy with Ewing sarcoma of the femur had pelvic pain after six cycles. A biopsy confirmed a metastasis in the iliac bone.", "bone metastasis")]
    [InlineData("A 52-year-old man with renal cell carcinoma presented with back pain. MRI showed a metastatic deposit in the L3 vertebral body.", "bone metastasis")]
    [InlineData("A 61-year-old woman with breast cancer had neck pain, and imaging found metastases in the C5 vertebra.", "bone metastasis")]
    [InlineData("A 47-year-old woman with thyroid carcinoma was found to have metastases to the right temporal bone.", "bone metastasis")]
    [InlineData("A 66-year-old man underwent esophagectomy for squamous cell carcinoma of the esophagus. Histology showed metastases in three of the eleven regional lymph nodes.", "lymph node metastasis")]
    [InlineData("The resected gastric adenocarcinoma had metastases in two out of the fifteen perigastric lymph nodes.", "lymph node metastasis")]
    public void AMetastasisAtAQualifiedSiteIsTheOrgansMetastasis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A 66-year-old man underwent esophagectomy for squamous cell carcinoma of the esophagus. There were metastases in none of the eleven regional lymph nodes.", "lymph node metastasis")]
    [InlineData("A 66-year-old man underwent esophagectomy for squamous cell carcinoma of the esophagus. Metastases were found in 0 of the 11 regional lymph nodes.", "lymph node metastasis")]
    [InlineData("A 16-year-old boy with Ewing sarcoma of the femur fell and sustained a fracture of the iliac bone.", "bone metastasis")]
    [InlineData("A 52-year-old man with renal cell carcinoma had back pain; MRI showed no metastasis in the L3 vertebral body.", "bone metastasis")]
    [InlineData("A 52-year-old man with renal cell carcinoma had a compression fracture of the L3 vertebra after a fall.", "bone metastasis")]
    public void ACountOfNoneOrABoneWithoutMetastasisIsNone(string text, string name) =>
        Assert.DoesNotContain(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));
}
