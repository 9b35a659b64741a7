namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Metastases named by the organ they reached, written before the noun ("hepatic metastases"), after it ("metastases
/// to the liver", "metastatic disease in the left adrenal gland") or as a list of organs, and spread to lymph nodes
/// stated in words; a TNM category, denied, suspected or new metastases, a place inside an organ and a cancer named after "metastasis of" are not site metastases.
/// </summary>
public sealed class DiagnosisMetastasisTests
{
    [Theory]
    [InlineData("Staging CT of the abdomen demonstrated hepatic metastases.", "liver metastasis")]
    [InlineData("A bone scan revealed osseous metastases in the pelvis.", "bone metastasis")]
    [InlineData("Ultrasound showed numerous metastases to the liver, the largest measuring 2 cm.", "liver metastasis")]
    [InlineData("PET-CT showed metastatic disease in the left adrenal gland.", "adrenal metastasis")]
    [InlineData("Three years later she presented with proptosis caused by an orbital metastasis.", "orbital metastasis")]
    [InlineData("A painful skin nodule was excised and proved to be a cutaneous metastasis.", "skin metastasis")]
    [InlineData("MRI of the spine showed a vertebral metastasis at L2.", "bone metastasis")]
    public void AMetastasisIsNamedByTheOrganItReached(string text, string name)
    {
        var diagnosis = Assert.Single(ClinicalRun.Run(text).Diagnoses);
        Assert.Equal(name, diagnosis.Name);
        Assert.Equal("P1", diagnosis.Patient);
        Assert.Null(diagnosis.Oncotree);
    }

    [Theory]
    [InlineData("Histology confirmed that the ovarian masses were metastases from the sigmoid primary.", "ovarian metastasis")]
    [InlineData("The adrenal lesion proved to be a metastasis of the known melanoma.", "adrenal metastasis")]
    [InlineData("At surgery the splenic nodules were confirmed to be metastases.", "splenic metastasis")]
    public void AnOrganLesionStatedToBeAMetastasisIsOne(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);

    [Theory]
    [InlineData("The adrenal lesion was not a metastasis.")]
    [InlineData("The pancreatic tumor was metastatic to the liver.")]
    [InlineData("The renal mass was thought to be a metastasis.")]
    public void AnOrganLesionDeniedHedgedOrSpreadingIsNotAMetastasisOfThatOrgan(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name is "adrenal metastasis" or "pancreatic metastasis" or "renal metastasis");

    [Theory]
    [InlineData("Restaging showed pulmonary and hepatic metastases.", new[] { "lung metastasis", "liver metastasis" })]
    [InlineData("CT revealed metastases to the liver, lungs and bones.", new[] { "liver metastasis", "lung metastasis", "bone metastasis" })]
    [InlineData("MRI showed metastatic lesions in the pituitary stalk, skull base and cervical spine.", new[] { "pituitary metastasis", "bone metastasis" })]
    [InlineData("PET-CT revealed metastases located in the thoracic spine, the left adrenal gland and the liver.", new[] { "bone metastasis", "adrenal metastasis", "liver metastasis" })]
    public void EachOrganOfACoordinatedListIsItsOwnMetastasis(string text, string[] names) =>
        Assert.Equal(names.Order(), ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).Order());

    [Fact]
    public void TheMetastasisSitsBesideThePrimaryCancer()
    {
        var names = ClinicalRun.Run("He had pancreatic adenocarcinoma with multiple liver metastases at diagnosis.").Diagnoses.Select(d => d.Name);
        Assert.Equal(["liver metastasis", "pancreatic adenocarcinoma"], names.Order());
    }

    [Theory]
    [InlineData("There was no evidence of hepatic metastases.")]
    [InlineData("Bone metastases were ruled out by scintigraphy.")]
    [InlineData("The nodule was suspicious for a pulmonary metastasis.")]
    [InlineData("Her mother had bone metastases.")]
    [InlineData("Imaging was suggestive of hepatocellular carcinoma with bone metastases.")]
    [InlineData("PET showed metastases in the right lung hilum.")]
    public void DeniedSuspectedNodalAndRelativesMetastasesAreLeftOut(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.EndsWith("metastasis", StringComparison.Ordinal));

    [Theory]
    [InlineData("The resected specimen showed perigastric lymph node metastases.")]
    [InlineData("Sentinel node biopsy confirmed a nodal metastasis of the melanoma.")]
    [InlineData("At presentation the carcinoma had metastasized to the regional lymph nodes.")]
    [InlineData("Pathology showed metastatic adenocarcinoma in four of 18 resected lymph nodes.")]
    [InlineData("CT demonstrated enlarged metastatic mediastinal lymph nodes.")]
    public void SpreadToLymphNodesStatedInWordsIsOneDiagnosis(string text) =>
        Assert.Single(ClinicalRun.Run(text).Diagnoses, d => d.Name == "lymph node metastasis");

    [Theory]
    [InlineData("The tumour was staged as pT3N2M0.")]
    [InlineData("No lymph node metastasis was found in the dissected specimen.")]
    [InlineData("Metastatic carcinoma was present in 0 of 14 lymph nodes.")]
    [InlineData("The axillary nodes were suspicious for metastases on ultrasound.")]
    [InlineData("Three months later, PET showed new lymph node metastases in the mediastinum.")]
    public void ATnmCategoryOrADeniedSuspectedOrNewNodalSpreadIsNoDiagnosis(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == "lymph node metastasis");

    [Theory]
    [InlineData("Six months later, CT showed new metastases in the left adrenal gland.")]
    [InlineData("The disease progressed with the development of multiple bone and skin metastases.")]
    [InlineData("Despite chemotherapy the disease progressed rapidly and metastasized to the liver and bone.")]
    [InlineData("Her condition deteriorated and the tumour metastasised to both lungs.")]
    public void NewMetastasesAreTheCourseOfTheDiseaseNotADiagnosis(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.EndsWith("metastasis", StringComparison.Ordinal));

    [Theory]
    [InlineData("The brain lesion was a metastasis of breast cancer.", "breast metastasis")]
    [InlineData("Pathological examination of the lung nodule was consistent with metastasis of renal cell carcinoma.", "renal metastasis")]
    [InlineData("The adrenal mass proved to be a metastasis of papillary thyroid carcinoma.", "thyroid metastasis")]
    public void ACancerNamedAfterMetastasisOfIsNotASiteMetastasis(string text, string site)
    {
        var names = ClinicalRun.Run(text).Diagnoses.Select(d => d.Name);
        Assert.DoesNotContain(site, names);
    }

    [Theory]
    [InlineData("Pathology revealed metastatic melanoma in the liver.", "liver metastasis")]
    [InlineData("Biopsy showed metastatic adenocarcinoma involving the left adrenal gland.", "adrenal metastasis")]
    public void ACancerBetweenMetastaticAndTheOrganItReachedNamesTheSite(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Fact]
    public void ACancerOfAnOrganAfterMetastaticNamesThePrimary() =>
        Assert.DoesNotContain("breast metastasis", ClinicalRun.Run("Biopsy showed metastatic carcinoma of the breast.").Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Two years after resection the tumour metastasized to the liver and the lungs.", new[] { "liver metastasis", "lung metastasis" })]
    [InlineData("Three years later the tumour had metastasised to bone.", new[] { "bone metastasis" })]
    [InlineData("Eight months later, multiple metastases appeared involving the spleen, kidney and skin.", new[] { "splenic metastasis", "renal metastasis", "skin metastasis" })]
    [InlineData("At staging, metastases were found in both adrenal glands.", new[] { "adrenal metastasis" })]
    public void AVerbBetweenMetastasisAndTheOrganStillNamesTheSite(string text, string[] names) =>
        Assert.Equal(names.Order(), ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).Order());

    [Theory]
    [InlineData("Contrast CT demonstrated metastatic liver lesions measuring up to 2 cm.", "liver metastasis")]
    [InlineData("A chest CT showed metastatic pulmonary nodules.", "lung metastasis")]
    [InlineData("The bone scan showed widespread metastatic bone disease.", "bone metastasis")]
    [InlineData("MRI showed a metastatic pituitary deposit.", "pituitary metastasis")]
    [InlineData("CT revealed several retroperitoneal metastases.", "retroperitoneal metastasis")]
    public void AMetastaticLesionOfAnOrganIsAMetastasisThere(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("There was no evidence of metastatic liver lesions.")]
    [InlineData("The tumour had not metastasized to the liver.")]
    [InlineData("Breast cancer commonly metastasizes to bone, lung and liver.")]
    public void DeniedOrGeneralMetastaticSpreadIsLeftOut(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.EndsWith("metastasis", StringComparison.Ordinal));

    [Fact]
    public void AMetastaticCancerNamedByItsOrganIsNotASiteMetastasis() =>
        Assert.DoesNotContain("lung metastasis", ClinicalRun.Run("She was treated for metastatic lung cancer.").Diagnoses.Select(d => d.Name));
}
