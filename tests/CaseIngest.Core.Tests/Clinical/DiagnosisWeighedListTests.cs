namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease named in a list that the words after the whole list only weigh ("… and tuberculosis were considered in the
/// differential diagnosis"), or one suspected together with its spread ("pancreatic cancer with liver metastases was
/// suspected"), is no diagnosis of the patient, however long the list; a disease a finding names right before such a
/// list, one diagnosed in a clause of its own, and a suspicion the sentence confirms still are.
/// </summary>
public sealed class DiagnosisWeighedListTests
{
    [Theory]
    [InlineData("Besides lymphoma, a schwannoma, a paraganglioma, a metastatic squamous cell carcinoma and tuberculosis were considered in the differential diagnosis.", "schwannoma")]
    [InlineData("Besides lymphoma, a schwannoma, a paraganglioma, a metastatic squamous cell carcinoma and tuberculosis were considered in the differential diagnosis.", "paraganglioma")]
    [InlineData("Hepatocellular carcinoma, a hepatic adenoma, focal nodular hyperplasia and an abscess were included in the differential diagnosis.", "hepatocellular carcinoma")]
    [InlineData("Thymoma, a mature teratoma, a lymphoma and a neurogenic tumour were considered as differential diagnoses.", "thymoma")]
    [InlineData("Thymoma, a mature teratoma, a lymphoma and a neurogenic tumour were considered as differential diagnoses.", "teratoma")]
    [InlineData("Pancreatic cancer with liver metastases was suspected on the CT scan.", "pancreatic cancer")]
    [InlineData("A gastric lymphoma with perigastric lymph node involvement was initially suspected.", "lymphoma")]
    public void ADiseaseOnlyWeighedInAListOrSuspectedWithItsSpreadIsNoDiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Biopsy revealed a schwannoma, and a paraganglioma, a neurofibroma and a meningioma were considered in the differential diagnosis.", "schwannoma")]
    [InlineData("Pancreatic cancer with liver metastases was suspected on CT and confirmed by biopsy.", "pancreatic cancer")]
    [InlineData("Hepatocellular carcinoma was diagnosed; focal nodular hyperplasia and a hepatic adenoma were considered in the differential diagnosis.", "hepatocellular carcinoma")]
    [InlineData("A diffuse large B-cell lymphoma with bone marrow involvement was diagnosed after the biopsy.", "diffuse large b-cell lymphoma")]
    [InlineData("The resected tumour was a thymoma, and the differential diagnosis with a thymic carcinoma was settled by immunohistochemistry.", "thymoma")]
    public void ADiseaseFoundBesideSuchAListStillIs(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A spread told after "with" that is not followed by the suspicion: the reading ends (a pattern whose compiled form
    /// ran without end on such a sentence, though the interpreted one fails at once) and keeps the disease. The bound is
    /// far above any real cost; it only turns an endless run into a failure.
    /// </summary>
    [Theory]
    [InlineData("A bladder cancer with a suspected perivesical invasion was seen on MRI.", "bladder cancer")]
    [InlineData("CT showed a locally advanced rectal cancer with a suspected invasion of the prostate.", "rectal cancer")]
    public async Task ASuspicionAfterTheSpreadEndsAndKeepsTheDisease(string text, string name)
    {
        var record = await Task.Run(() => ClinicalRun.Run(text)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains(record.Diagnoses, d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
    }
}
