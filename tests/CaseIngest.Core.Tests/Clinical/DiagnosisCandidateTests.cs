namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Names that are not the patient's diagnosis although nothing negates them: diseases a sentence weighs against each
/// other, a carcinoma named only by its grade or a tumour named only by its site once the neoplasm is named, and one
/// diagnosis written under two names.
/// </summary>
public sealed class DiagnosisCandidateTests
{
    [Theory]
    [InlineData("The lesion in the left breast raised the problem of distinguishing it from primary breast cancer. Core biopsy then confirmed lung adenocarcinoma.", "breast cancer", "lung adenocarcinoma")]
    [InlineData("Immunohistochemistry was needed to differentiate mesothelioma from lung adenocarcinoma. Calretinin and WT1 staining then confirmed malignant pleural mesothelioma.", "lung adenocarcinoma", "pleural mesothelioma")]
    [InlineData("Clinically it was difficult to differentiate between tuberculosis and small cell lung cancer. Bronchoscopic biopsy established a diffuse large B-cell lymphoma.", "small cell lung cancer", "diffuse large b-cell lymphoma")]
    [InlineData("Histologically, Ewing sarcoma had to be distinguished from a synovial sarcoma before the EWSR1 rearrangement settled the diagnosis of Ewing sarcoma.", "synovial sarcoma", "ewing sarcoma")]
    public void ADiseaseWeighedAgainstAnotherIsNotTheDiagnosis(string text, string weighed, string diagnosis)
    {
        var names = ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).ToList();
        Assert.DoesNotContain(weighed, names);
        Assert.Contains(diagnosis, names);
    }

    [Fact]
    public void ADiagnosisTheBiopsyConfirmsAfterTheWeighingStays() =>
        Assert.Contains("hepatocellular carcinoma", ClinicalRun.Run(
            "To distinguish the liver mass from a metastasis, a biopsy was taken, which confirmed hepatocellular carcinoma.").Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A biopsy of the liver mass showed a poorly differentiated carcinoma. After resection, the final diagnosis was intrahepatic cholangiocarcinoma.", "intrahepatic cholangiocarcinoma")]
    [InlineData("Transbronchial biopsy revealed an undifferentiated carcinoma; p40 and CK5/6 staining then confirmed squamous cell carcinoma of the lung.", "lung squamous cell carcinoma")]
    public void ACarcinomaNamedOnlyByItsGradeGivesWayToItsKind(string text, string diagnosis) =>
        Assert.Equal([diagnosis], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Fact]
    public void ACarcinomaNamedOnlyByItsGradeStaysWhenNothingNamesItsKind() =>
        Assert.Equal(["poorly differentiated carcinoma"], ClinicalRun.Run(
            "Biopsy of the cervical lymph node showed a poorly differentiated carcinoma of unknown primary.").Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Core biopsy of the right breast showed a ductal adenocarcinoma. She underwent mastectomy for the invasive ductal carcinoma.", "ductal adenocarcinoma")]
    [InlineData("Endoscopy revealed an ulcerated gastric cancer of the antrum. At surgery the stomach carcinoma had reached the serosa.", "gastric cancer")]
    public void OneDiagnosisWrittenUnderTwoNamesIsOneFactUnderTheFirst(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("CT showed a pancreatic tumor in the tail. The resected specimen revealed a well-differentiated neuroendocrine tumor.", "pancreatic tumor")]
    [InlineData("A large ovarian neoplasm was removed at laparotomy, and histology showed metastatic colon adenocarcinoma.", "ovarian neoplasm")]
    [InlineData("Imaging found a thymic tumour in the anterior mediastinum; thymectomy showed a type B2 thymoma.", "thymic tumor")]
    public void ATumourNamedOnlyByItsSiteGivesWayToTheNeoplasmTheReportNames(string text, string site)
    {
        var names = ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).ToList();
        Assert.DoesNotContain(site, names);
        Assert.NotEmpty(names);
    }

    [Fact]
    public void ATumourNamedOnlyByItsSiteStaysAsWrittenWhenNothingElseIsNamed()
    {
        var diagnosis = Assert.Single(ClinicalRun.Run("Ultrasound revealed a testicular tumour, and he was referred for orchiectomy.").Diagnoses);
        Assert.Equal("testicular tumor", diagnosis.Name);
        Assert.Equal("TESTIS", diagnosis.Oncotree?.Code);
    }
}
