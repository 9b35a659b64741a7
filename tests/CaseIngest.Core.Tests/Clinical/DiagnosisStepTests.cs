namespace CaseIngest.Core.Tests.Clinical;

public sealed class DiagnosisStepTests
{
    [Theory]
    [InlineData("He was diagnosed with stage IV non-small cell lung cancer.", "non-small cell lung cancer")]
    [InlineData("Biopsy confirmed NSCLC.", "non-small cell lung cancer")]
    [InlineData("She had metastatic lung adenocarcinoma.", "lung adenocarcinoma")]
    [InlineData("Imaging suggested HCC, which was confirmed: hepatocellular carcinoma.", "hepatocellular carcinoma")]
    [InlineData("A 57-year-old man with undifferentiated pleomorphic sarcoma of the thigh.", "undifferentiated pleomorphic sarcoma")]
    [InlineData("He had Merkel cell carcinoma of the cheek.", "merkel cell carcinoma")]
    [InlineData("She was treated for classical Hodgkin lymphoma.", "hodgkin lymphoma")]
    [InlineData("Diffuse large B-cell lymphoma was diagnosed.", "diffuse large b-cell lymphoma")]
    [InlineData("She had triple-negative breast cancer.", "triple-negative breast cancer")]
    [InlineData("MRI showed a glioblastoma.", "glioblastoma")]
    [InlineData("He had clear cell renal cell carcinoma.", "clear cell renal cell carcinoma")]
    [InlineData("She had urothelial carcinoma of the bladder.", "urothelial carcinoma")]
    [InlineData("He was diagnosed with ulcerative colitis.", "ulcerative colitis")]
    [InlineData("He developed immune-related myocarditis.", "myocarditis")]
    [InlineData("She developed type 1 diabetes mellitus after two cycles.", "type 1 diabetes mellitus")]
    [InlineData("She was found to have hypothyroidism.", "hypothyroidism")]
    [InlineData("He had a gallbladder carcinoma.", "gallbladder cancer")]
    [InlineData("He was treated for an ampullary carcinoma.", "ampullary carcinoma")]
    [InlineData("She had a carcinoma of the appendix.", "carcinoma of the appendix")]
    [InlineData("Biopsy showed squamous cell carcinoma of the oral cavity.", "squamous cell carcinoma of the oral cavity")]
    [InlineData("MRI showed brain metastases.", "brain metastasis")]
    [InlineData("She was diagnosed with breast cancer 2 years ago.", "breast cancer")]
    public void NamesTheDiagnosis(string text, string name)
    {
        var diagnosis = Assert.Single(ClinicalRun.Run(text).Diagnoses);
        Assert.Equal(name, diagnosis.Name);
        Assert.Equal("P1", diagnosis.Patient);
    }

    [Theory]
    [InlineData("There was no evidence of lymphoma.")]
    [InlineData("The differential diagnosis included lymphoma.")]
    [InlineData("Lymphoma was ruled out.")]
    [InlineData("Her mother had breast cancer.")]
    [InlineData("Suspected lymphoma prompted a biopsy.")]
    public void NegatedUncertainAndRelativesDiagnosesAreLeftOut(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);

    [Theory]
    [InlineData("She was diagnosed with pulmonary adenocarcinoma.", "lung adenocarcinoma")]
    [InlineData("Biopsy showed neuroendocrine carcinoma of the liver.", "hepatic neuroendocrine carcinoma")]
    [InlineData("She had an acral malignant melanoma of the left foot.", "acral melanoma")]
    [InlineData("He had a solitary bone plasmacytoma.", "solitary bone plasmacytoma")]
    [InlineData("She had a giant cell tumour of bone.", "giant cell tumor")]
    [InlineData("He developed immune-related arthritis.", "arthritis")]
    [InlineData("He was treated for chronic hepatitis B.", "chronic hepatitis b")]
    public void SynonymsNormaliseToOneName(string text, string name) =>
        Assert.Equal(name, Assert.Single(ClinicalRun.Run(text).Diagnoses).Name);

    [Theory]
    [InlineData("He had lung adenocarcinoma. Other causes such as rheumatoid arthritis or liver cirrhosis were considered.")]
    [InlineData("He had lung adenocarcinoma. A dural tumor, such as meningioma, was in the differential diagnosis.")]
    [InlineData("He had lung adenocarcinoma. Hepatitis B surface antigen was positive.")]
    [InlineData("He had lung adenocarcinoma with an NRAS (neuroblastoma RAS viral oncogene) mutation.")]
    [InlineData("He had lung adenocarcinoma. Thymoma occurs in 5% of patients with myasthenia.")]
    [InlineData("He had lung adenocarcinoma. Acute interstitial nephritis was largely excluded.")]
    [InlineData("He had lung adenocarcinoma. Liver enzymes were raised, suggestive of hepatitis.")]
    [InlineData("He had lung adenocarcinoma. Sequencing found a breast cancer gene 1 (BRCA1) variant.")]
    [InlineData("He had lung adenocarcinoma. Panel testing showed breast cancer 2 (BRCA2) E1308X at 31%.")]
    [InlineData("He had lung adenocarcinoma and a germline Wilms tumor 1 (WT1) alteration.")]
    [InlineData("He had lung adenocarcinoma; the breast cancer susceptibility genes were wild type.")]
    [InlineData("He had lung adenocarcinoma. After surgery he remained prostate cancer-free for two years.")]
    [InlineData("He had lung adenocarcinoma and has stayed melanoma free since the excision.")]
    public void OnlyThePatientsOwnDiagnosesAreKept(string text) =>
        Assert.Equal(["lung adenocarcinoma"], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("She had cervical cancer. Biopsy showed cervical adenosquamous carcinoma.", "cervical adenosquamous carcinoma")]
    [InlineData("He had squamous cell carcinoma of the floor of the mouth.", "squamous cell carcinoma")]
    public void ASiteCancerGivesWayToItsNamedHistology(string text, string name) =>
        Assert.Equal(name, Assert.Single(ClinicalRun.Run(text).Diagnoses).Name);

    [Fact]
    public void OneFactPerDiagnosisWithTheFirstMentionAsEvidence()
    {
        const string text = "He had melanoma. The melanoma grew. Melanoma again.";
        var diagnosis = Assert.Single(ClinicalRun.Run(text).Diagnoses);
        Assert.Equal(7, diagnosis.Evidence.Start);
        Assert.Equal("melanoma", diagnosis.Evidence.Text);
    }

    [Fact]
    public void ABroaderNameGivesWayToANarrowerOne()
    {
        var names = ClinicalRun.Run("He had lung cancer. Biopsy showed lung adenocarcinoma.").Diagnoses.Select(d => d.Name);
        Assert.Equal(["lung adenocarcinoma"], names);
    }

    [Fact]
    public void ABareHistologyGivesWayToANamedCancer()
    {
        var names = ClinicalRun.Run("Biopsy showed adenocarcinoma. This confirmed non-small cell lung cancer.").Diagnoses.Select(d => d.Name);
        Assert.Equal(["non-small cell lung cancer"], names);
    }

    [Theory]
    [InlineData("A 68-year-old man with prostatic adenocarcinoma, Gleason 4+4, started androgen deprivation.", "prostate adenocarcinoma", "PRAD")]
    [InlineData("He had a rectal adenocarcinoma 6 cm from the anal verge.", "rectal adenocarcinoma", "READ")]
    [InlineData("Colonoscopy and biopsy showed a moderately differentiated colon adenocarcinoma.", "colon adenocarcinoma", "COAD")]
    [InlineData("Gastroscopy found an ulcerated gastric adenocarcinoma of the antrum.", "gastric adenocarcinoma", "STAD")]
    [InlineData("Biopsy of the prostate showed adenocarcinoma of the prostate.", "prostate adenocarcinoma", "PRAD")]
    [InlineData("She had rectal cancer; the resected rectal adenocarcinoma was ypT0.", "rectal adenocarcinoma", "READ")]
    public void ASiteAdenocarcinomaKeepsItsHistologyAndNode(string text, string name, string code)
    {
        var diagnosis = Assert.Single(ClinicalRun.Run(text).Diagnoses);
        Assert.Equal(name, diagnosis.Name);
        Assert.Equal(code, diagnosis.Oncotree?.Code);
    }

    [Theory]
    [InlineData("He was diagnosed with rectal cancer (cT3N1M0). Endoscopic biopsy showed a moderately differentiated adenocarcinoma.", "rectal adenocarcinoma", "READ")]
    [InlineData("Biopsy of the mass showed adenocarcinoma, and staging confirmed prostate cancer with bone metastases.", "prostate adenocarcinoma", "PRAD")]
    [InlineData("She had esophageal cancer; the biopsy showed squamous cell carcinoma.", "esophageal squamous cell carcinoma", "ESCC")]
    public void ASiteCancerAndAnUnsitedHistologyOfOnePatientMakeOneName(string text, string name, string code)
    {
        // the bone metastases of the second sentence are a diagnosis of their own
        var diagnosis = Assert.Single(ClinicalRun.Run(text).Diagnoses, d => !d.Name.EndsWith(" metastasis", StringComparison.Ordinal));
        Assert.Equal(name, diagnosis.Name);
        Assert.Equal(code, diagnosis.Oncotree?.Code);
    }

    [Fact]
    public void TwoSiteCancersLeaveAnUnsitedHistologyAlone() =>
        Assert.Equal(
            ["rectal cancer", "prostate cancer"],
            ClinicalRun.Run("He had rectal cancer and prostate cancer. Biopsy showed adenocarcinoma.").Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Resection showed a large cell neuroendocrine carcinoma arising in the right lower lobe.", "large cell neuroendocrine carcinoma", "LUNE")]
    [InlineData("Hysterectomy revealed an endometrial stromal sarcoma.", "endometrial stromal sarcoma", "ESS")]
    [InlineData("Hysterectomy revealed a low-grade endometrial stromal sarcoma.", "low-grade endometrial stromal sarcoma", "LGESS")]
    [InlineData("A 31-year-old man presented with a synovial sarcoma of the left popliteal fossa.", "synovial sarcoma", "SYNS")]
    [InlineData("The core biopsy was read as poorly differentiated carcinoma.", "poorly differentiated carcinoma", "PDC")]
    [InlineData("Excision confirmed a dermatofibrosarcoma protuberans of the trunk.", "dermatofibrosarcoma protuberans", "DFSP")]
    public void HistologicalSubtypesTheHandLexiconLacksAreNamedFromTheVocabularies(string text, string name, string code)
    {
        var diagnosis = Assert.Single(ClinicalRun.Run(text).Diagnoses);
        Assert.Equal(name, diagnosis.Name);
        Assert.Equal(code, diagnosis.Oncotree?.Code);
    }

    [Theory]
    [InlineData("She had metastatic lung adenocarcinoma.", "LUAD", "Lung Adenocarcinoma", "Non-Small Cell Lung Cancer", "Lung")]
    [InlineData("A 57-year-old man with undifferentiated pleomorphic sarcoma of the thigh.", "MFH", null, "Soft Tissue Sarcoma", "Soft Tissue")]
    [InlineData("He had melanoma of the back.", "MEL", "Melanoma", "Melanoma", "Skin")]
    [InlineData("She was treated for breast cancer.", "BREAST", "Breast", "Breast Cancer", "Breast")]
    [InlineData("She had triple-negative breast cancer.", "BRCA", "Invasive Breast Carcinoma", "Breast Cancer", "Breast")]
    public void EachCancerCarriesTheOncoTreeNodeThatFits(string text, string code, string? name, string mainType, string tissue)
    {
        var node = Assert.Single(ClinicalRun.Run(text).Diagnoses).Oncotree;
        Assert.NotNull(node);
        Assert.Equal((code, mainType, tissue), (node.Code, node.MainType, node.Tissue));
        if (name is not null)
        {
            Assert.Equal(name, node.Name);
        }
    }

    [Theory]
    [InlineData("He was diagnosed with ulcerative colitis.")]
    [InlineData("She was found to have hypothyroidism.")]
    [InlineData("MRI showed brain metastases.")]
    public void DiseasesThatAreNotCancersCarryNoOncoTreeNode(string text) =>
        Assert.Null(Assert.Single(ClinicalRun.Run(text).Diagnoses).Oncotree);

    [Fact]
    public void VocabularyLinesWithAnUnknownCodeAreRejected()
    {
        var error = Assert.Throws<Lexicons.LexiconException>(() => new Core.Extraction.Diagnoses.OncoTreeVocabulary(
            [(1, "@LUAD\tLung Adenocarcinoma\tNon-Small Cell Lung Cancer\tLung\tNSCLC"), (2, "lung adenocarcinoma\tlung adenocarcinoma\tXYZ")],
            []));
        Assert.Contains("oncotree.tsv:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADiagnosisTheReportStatesForItsWholeSeriesGoesToEveryPatient()
    {
        const string text = "Here we describe two patients with recurrent endometrial carcinoma who received lenvatinib. "
            + "Patient 1 was a 61-year-old woman. Patient 2 was a 70-year-old woman.";
        var diagnoses = ClinicalRun.Run(text).Diagnoses;
        Assert.Equal([("P1", "endometrial cancer"), ("P2", "endometrial cancer")],
            diagnoses.Select(d => (d.Patient, d.Name)).Order());
    }

    [Theory]
    [InlineData("Unusual presentations of nasopharyngeal carcinoma: a report of two cases\n\n")]
    [InlineData("Nasopharyngeal carcinoma in two siblings\n\n")]
    public void ADiagnosisInTheTitleOfASeriesGoesToEveryPatient(string title)
    {
        var text = title + "Patient 1 was a 45-year-old man with neck swelling. Patient 2 was a 38-year-old woman with epistaxis; "
            + "biopsy of the nasopharynx showed a non-keratinizing poorly differentiated carcinoma.";
        var diagnoses = ClinicalRun.Run(text).Diagnoses;
        Assert.Equal([("P1", "nasopharyngeal carcinoma"), ("P2", "nasopharyngeal carcinoma")],
            diagnoses.Select(d => (d.Patient, d.Name)).Order());
    }

    [Theory]
    [InlineData("We report a case of gastric adenocarcinoma in a 58-year-old man.", "gastric adenocarcinoma")]
    [InlineData("In this report, we present two cases of ovarian carcinosarcoma patients treated with olaparib.", "ovarian carcinosarcoma")]
    public void TheSentenceThatPresentsTheReportsOwnCasesIsNotAGeneralStatement(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);

    [Fact]
    public void RejectsALexiconLineWithoutAName()
    {
        var error = Assert.Throws<Lexicons.LexiconException>(() => new Core.Extraction.Diagnoses.DiagnosisStep([(4, "melanoma")], "d.tsv"));
        Assert.Contains("d.tsv:4", error.Message, StringComparison.Ordinal);
    }
}
