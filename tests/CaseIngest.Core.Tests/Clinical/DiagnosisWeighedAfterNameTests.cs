namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease the words after it make a candidate (in the differential, one of the possibilities, the working diagnosis,
/// the radiological impression, the first suspicion, first considered), one a reading leans towards or likens the lesion
/// to, one listed after "DD:" or "DDx", one stated in general ("X is a known side effect of …") and one first reported and
/// then revised to another is no diagnosis of the patient; the disease diagnosed beside such wording still is.
/// </summary>
public sealed class DiagnosisWeighedAfterNameTests
{
    [Theory]
    [InlineData("Hodgkin lymphoma or a germ cell tumour was considered for the differential.", "hodgkin")]
    [InlineData("An Ewing sarcoma was in the differential, together with osteomyelitis.", "ewing")]
    [InlineData("Renal cell carcinoma was among our differentials at that time.", "renal cell carcinoma")]
    [InlineData("A metastatic melanoma was a differential consideration for the nodule.", "melanoma")]
    [InlineData("Mesothelioma was one of the possibilities raised by the pulmonologist.", "mesothelioma")]
    [InlineData("Pheochromocytoma was the working diagnosis until the adrenal biopsy.", "pheochromocytoma")]
    [InlineData("Primary CNS lymphoma was the radiological impression after the first MRI.", "lymphoma")]
    [InlineData("Cholangiocarcinoma was our first suspicion because of the hilar stricture.", "cholangiocarcinoma")]
    [InlineData("A pancreatic adenocarcinoma was first considered because of the raised CA 19-9.", "pancreatic")]
    [InlineData("Contrast-enhanced MRI favoured a low-grade glioma of the insula.", "glioma")]
    [InlineData("On endoscopy the lesion looked like a gastrointestinal stromal tumor.", "stromal")]
    [InlineData("DD: anaplastic thyroid carcinoma, lymphoma.", "anaplastic thyroid carcinoma")]
    [InlineData("DDx included multiple myeloma and bone metastases of an unknown primary.", "myeloma")]
    [InlineData("Hepatitis is a known side effect of methotrexate.", "hepatitis")]
    [InlineData("Colitis and pneumonitis are well-known adverse effects of ipilimumab.", "colitis")]
    [InlineData("Osteonecrosis of the jaw is a rare complication of denosumab.", "osteonecrosis")]
    [InlineData("The thyroid nodule was initially diagnosed as follicular carcinoma, later revised to a follicular adenoma.", "carcinoma")]
    [InlineData("The liver lesion was first reported as a hepatocellular carcinoma. Review of the slides changed the diagnosis to focal nodular hyperplasia.", "hepatocellular")]
    public void ADiseaseOnlyWeighedOrToldInGeneralIsNoDiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("A seminoma was diagnosed after orchiectomy, and lymphoma was in the differential.", "seminoma")]
    [InlineData("Lymphoma was in the differential, but the biopsy proved a diffuse large B-cell lymphoma.", "diffuse large b-cell lymphoma")]
    [InlineData("The mass was first considered benign, and a leiomyosarcoma was diagnosed after resection.", "leiomyosarcoma")]
    [InlineData("An undifferentiated pleomorphic sarcoma was diagnosed, which is a rare tumour of the retroperitoneum.", "sarcoma")]
    [InlineData("Her melanoma is a rare acral subtype with a BRAF mutation.", "melanoma")]
    [InlineData("MRI favoured a meningioma, and the resected tumour was an atypical meningioma.", "atypical meningioma")]
    [InlineData("The patient was diagnosed with follicular carcinoma in 2015 and treated with radioiodine.", "carcinoma")]
    [InlineData("The pathological diagnosis was a medullary thyroid carcinoma; the differential diagnosis had included a paraganglioma.", "medullary thyroid carcinoma")]
    public void ADiseaseDiagnosedBesideSuchWordingStillIs(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("He was diagnosed to suffer from diabetes insipidus after a water deprivation test.", "diabetes insipidus")]
    [InlineData("She was diagnosed as suffering from myasthenia gravis by the neurologist.", "myasthenia gravis")]
    [InlineData("The boy was diagnosed as having nephrotic syndrome and started on prednisolone.", "nephrotic syndrome")]
    public void AConditionDiagnosedInOtherWordsIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
}
