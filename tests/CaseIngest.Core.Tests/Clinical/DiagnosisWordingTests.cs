namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Ways reports write a diagnosis that are not its lexicon phrase: plurals, British and split spellings, names only the Disease Ontology knows,
/// a "non-" word that qualifies the neoplasm rather than denying it, "in situ" on either side of the histology,
/// two histologies of one patient, and a word in brackets inside the name.
/// </summary>
public sealed class DiagnosisWordingTests
{
    [Theory]
    [InlineData("Excision biopsies showed two basal cell carcinomas on his back.", "basal cell carcinoma")]
    [InlineData("Over the years he had developed several skin cancers on the scalp.", "skin cancer")]
    [InlineData("Imaging showed bilateral pheochromocytomas.", "pheochromocytoma")]
    public void APluralNamesTheDiagnosis(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Resection showed a well-differentiated neuroendocrine (carcinoid) tumour of the terminal ileum.", "neuroendocrine tumor")]
    [InlineData("Bronchoscopic biopsy showed a squamous cell (epidermoid) carcinoma.", "squamous cell carcinoma")]
    public void AWordInBracketsInsideTheNameLeavesTheNameItsOwn(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Sellar MRI showed a 14 mm macroadenoma compressing the optic chiasm.", "pituitary adenoma")]
    [InlineData("A pituitary microadenoma was seen on dynamic contrast imaging.", "pituitary adenoma")]
    [InlineData("Laparoscopy found ascites and diffuse peritoneal carcinomatosis.", "peritoneal carcinomatosis")]
    public void ANeoplasmNamedByItsSizeOrSpreadHasItsOwnName(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Histology showed a desmoplastic small round cell tumour.", "desmoplastic small round cell tumor")]
    [InlineData("Endoscopic biopsy confirmed oesophageal adenocarcinoma.", "esophageal adenocarcinoma")]
    [InlineData("The marrow findings were those of juvenile myelomonocytic leukaemia.", "juvenile myelomonocytic leukemia")]
    [InlineData("Histology showed a poorly differentiated neuro endocrine carcinoma.", "neuroendocrine carcinoma")]
    [InlineData("Bronchoscopic biopsy confirmed an adeno-carcinoma of the lung.", "lung adenocarcinoma")]
    public void BritishAndSplitSpellingsNameTheDiagnosisInItsAmericanSpelling(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Bone marrow aspiration confirmed acute promyelocytic leukemia.", "acute promyelocytic leukemia", "AML")]
    [InlineData("Bronchoscopic biopsy confirmed the diagnosis of small cell carcinoma.", "small cell carcinoma", "SCUP")]
    [InlineData("A shave biopsy of the nose confirmed a skin cancer.", "skin cancer", "SKIN")]
    public void ANameTheOncoTreeLacksIsPlacedThroughItsDiseaseOntologyParentOrTissue(string text, string name, string code)
    {
        var diagnosis = Assert.Single(ClinicalRun.Run(text).Diagnoses);
        Assert.Equal(name, diagnosis.Name);
        Assert.Equal(code, diagnosis.Oncotree?.Code);
    }

    [Theory]
    [InlineData("Resection of the mass in the pancreatic head revealed a pancreatic acinar cell carcinoma.", "pancreatic acinar cell carcinoma", "PAAC")]
    [InlineData("Needle biopsy of the prostate showed a prostate signet ring cell carcinoma.", "prostate signet ring cell carcinoma", "PRAD")]
    [InlineData("The axillary skin nodule proved to be an apocrine adenocarcinoma on excision.", "apocrine adenocarcinoma", "AECA")]
    public void AVocabularySynonymKeepsTheCarcinomaOrAdenocarcinomaItWrites(string text, string name, string code)
    {
        var diagnosis = Assert.Single(ClinicalRun.Run(text).Diagnoses);
        Assert.Equal(name, diagnosis.Name);
        Assert.Equal(code, diagnosis.Oncotree?.Code);
    }

    [Theory]
    [InlineData("Histology of the adrenal mass was consistent with a non-malignant pheochromocytoma.", "pheochromocytoma")]
    [InlineData("The resected lesion was a non-invasive urothelial carcinoma.", "urothelial carcinoma")]
    public void ANonWordBeforeTheNeoplasmQualifiesItAndDoesNotDenyIt(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("TTF-1 and napsin A staining was absent, supporting a diagnosis of squamous cell carcinoma.", "squamous cell carcinoma")]
    [InlineData("CD20 and PAX5 staining were absent, confirming a peripheral T-cell lymphoma.", "peripheral t-cell lymphoma")]
    public void ANegatedStainDoesNotDenyTheDiagnosisItSupports(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("There were no features consistent with lymphoma.")]
    [InlineData("Staging showed no lymphoma.")]
    [InlineData("There was no non-small cell lung cancer in the specimen.")]
    [InlineData("A core biopsy raised the possibility of a sarcoma.")]
    public void ADeniedOrPossibleNeoplasmIsLeftOut(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);

    [Theory]
    [InlineData("Mastectomy was performed for an in situ ductal carcinoma of grade 3.")]
    [InlineData("Mastectomy was performed for a ductal carcinoma in situ of grade 3.")]
    public void InSituIsPartOfTheNameOnEitherSide(string text)
    {
        var diagnosis = Assert.Single(ClinicalRun.Run(text).Diagnoses);
        Assert.Equal("ductal carcinoma in situ", diagnosis.Name);
        Assert.Equal("DCIS", diagnosis.Oncotree?.Code);
    }

    [Fact]
    public void TwoHistologiesOfOnePatientAreBothKept()
    {
        var names = ClinicalRun.Run("Of his skin lesions, 12 were squamous cell carcinoma and 9 were basal cell carcinoma.").Diagnoses.Select(d => d.Name);
        Assert.Equal(["squamous cell carcinoma", "basal cell carcinoma"], names);
    }

    [Fact]
    public void TwoUnsitedHistologiesDoNotGiveWayToTheirSiteCancer()
    {
        const string text = "Lobectomy showed an adenocarcinoma. Two years later a pleural biopsy showed squamous cell carcinoma, "
            + "unlike the resected non-small cell lung cancer.";
        var names = ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).ToList();
        Assert.Contains("adenocarcinoma", names);
        Assert.Contains("squamous cell carcinoma", names);
    }

    [Theory]
    [InlineData("Resection showed a sarcoma. The final report named it a leiomyosarcoma.", "leiomyosarcoma")]
    [InlineData("She had an intrahepatic cholangiocarcinoma; the liver biopsy revealed an adenocarcinoma.", "intrahepatic cholangiocarcinoma")]
    public void ABareHistologyStillGivesWayToANamedCancerOfItsKind(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Excision of the back lesion showed melanoma in situ. Two years later she had metastatic melanoma.", "melanoma in situ", "melanoma")]
    [InlineData("Biopsy showed ductal carcinoma in situ. Four years later her breast cancer had spread to the liver.", "ductal carcinoma in situ", "breast cancer")]
    public void AnInSituNeoplasmDoesNotStandForTheInvasiveOne(string text, string inSitu, string invasive) =>
        Assert.Equal([inSitu, invasive], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).Where(n => !n.EndsWith(" metastasis", StringComparison.Ordinal)));
}
