using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary><c>article.isCaseReport</c> from the title and abstract of untyped documents, and no patient facts when it is false.</summary>
public sealed class CaseReportDecisionTests
{
    [Theory]
    [InlineData("Outcomes of pembrolizumab in older adults with melanoma: a retrospective cohort study",
        "We reviewed the records of 212 patients treated between 2015 and 2020. Colitis occurred in 9% and pneumonitis in 4%.")]
    [InlineData("Germline variants in hereditary breast cancer families of southern Spain",
        "A total of 486 probands were tested with a 26-gene panel. Pathogenic BRCA2 variants were found in 31 of them.")]
    [InlineData("Checkpoint inhibitor hepatitis: a systematic review and meta-analysis",
        "Thirty-one studies met the inclusion criteria; hepatitis occurred in 5% of patients receiving ipilimumab.")]
    // a biomarker study told by its statistics alone
    [InlineData("Kinase expression and survival after gastrectomy",
        "Resected tumours were stained for the kinase. High expression went with shorter overall survival (hazard ratio 2.1, 95% CI 1.3-3.4, P = 0.002) and remained independent in multivariate analysis.")]
    [InlineData("A serum protein panel for early pancreatic cancer",
        "The panel separated cancers from chronic pancreatitis with an area under the ROC curve of 0.91, and its sensitivity and specificity held in the validation set.")]
    public void AStudyOrReviewIsNoCaseReportAndKeepsNoPatientFacts(string title, string abstractText)
    {
        var record = Engines.Extract(title + "\n\nAbstract\n\n" + abstractText + "\n\nIntroduction\n\nPatients received nivolumab 240 mg every 2 weeks.\n");

        Assert.False(record.Article.IsCaseReport);
        Assert.Empty(record.Patients);
        Assert.Empty(record.Drugs);
        Assert.Empty(record.AdverseEvents);
    }

    [Theory]
    [InlineData("Nivolumab-induced myocarditis in a woman with renal cell carcinoma",
        "We describe a 66-year-old woman who developed myocarditis after the second dose of nivolumab.")]
    [InlineData("Two cases of hyperprogression on atezolizumab: a case series",
        "We present two patients whose tumours grew rapidly after the first infusion of atezolizumab.")]
    [InlineData("Olaparib for BRCA2-mutated prostate cancer: a case report and review of the literature",
        "We systematically reviewed 24 published cases after describing our patient.")]
    public void ACaseReportOrSeriesIsOneAndKeepsItsFacts(string title, string abstractText)
    {
        var record = Engines.Extract(title + "\n\nAbstract\n\n" + abstractText + "\n\nCase presentation\n\nThe patient received nivolumab 240 mg every 2 weeks.\n");

        Assert.True(record.Article.IsCaseReport);
        Assert.NotEmpty(record.Drugs);
    }

    [Fact]
    public void ATextThatSaysNeitherIsUnknownAndKeepsItsFacts()
    {
        var record = Engines.Extract("Nivolumab 240 mg every 2 weeks was continued.\n");

        Assert.Null(record.Article.IsCaseReport);
        Assert.NotEmpty(record.Drugs);
    }
}
