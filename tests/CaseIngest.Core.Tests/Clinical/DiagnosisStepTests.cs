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
    [InlineData("He had a history of ulcerative colitis.", "ulcerative colitis")]
    [InlineData("He developed immune-related myocarditis.", "myocarditis")]
    [InlineData("She developed type 1 diabetes mellitus after two cycles.", "type 1 diabetes mellitus")]
    [InlineData("She was found to have hypothyroidism.", "hypothyroidism")]
    [InlineData("He had a gallbladder carcinoma.", "gallbladder cancer")]
    [InlineData("He was treated for an ampullary carcinoma.", "ampullary carcinoma")]
    [InlineData("She had a carcinoma of the appendix.", "carcinoma of the appendix")]
    [InlineData("Biopsy showed squamous cell carcinoma of the oral cavity.", "squamous cell carcinoma of the oral cavity")]
    [InlineData("MRI showed brain metastases.", "brain metastasis")]
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

    [Fact]
    public void RejectsALexiconLineWithoutAName()
    {
        var error = Assert.Throws<Lexicons.LexiconException>(() => new Core.Extraction.Diagnoses.DiagnosisStep([(4, "melanoma")], "d.tsv"));
        Assert.Contains("d.tsv:4", error.Message, StringComparison.Ordinal);
    }
}
