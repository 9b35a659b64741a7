using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// New disease told with its place or its time after it: metastases with a time after the operation behind them are a
/// recurrence at that time; metastases a time "later" dates from the sentence that tells a treatment given, and new
/// lesions with the organ after them in a treated cancer, are progression. Metastases of the staging, dated in days or
/// from a treatment, and new lesions of the skin are not.
/// </summary>
public sealed class OutcomeMetastasesToldAfterTests
{
    [Theory]
    [InlineData("A 71-year-old man was diagnosed with adenocarcinoma of the rectum and underwent low anterior resection. Metastases appeared in the lung 8 months after surgery.", 8, "month")]
    [InlineData("A 49-year-old woman underwent right hemicolectomy for a mucinous adenocarcinoma of the caecum. Multiple liver metastases were detected two years after the hemicolectomy.", 2, "year")]
    [InlineData("A 66-year-old man had a gastrectomy for gastric adenocarcinoma. Peritoneal metastases were found at laparoscopy 14 months after the operation.", 14, "month")]
    [InlineData("A 59-year-old woman underwent pancreaticoduodenectomy for a pancreatic adenocarcinoma. Metastasis to the liver was detected 2 years postoperatively.", 2, "year")]
    public void MetastasesWithATimeAfterTheOperationBehindThemAreARecurrence(string text, double value, string unit)
    {
        var outcome = Assert.Single(Engines.Extract(text).Outcomes, o => o.Kind == "recurrence");
        Assert.Equal((value, unit), (outcome.Value, outcome.Unit));
    }

    [Theory]
    [InlineData("A 71-year-old man was diagnosed with adenocarcinoma of the rectum and underwent low anterior resection. Metastases to the liver were found 10 days after surgery.")]
    [InlineData("A 71-year-old man was diagnosed with adenocarcinoma of the rectum and had liver metastases at diagnosis; 8 months after surgery he was well.")]
    public void MetastasesOfTheStagingOrOfAnotherClauseAreNoRecurrence(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Outcomes, o => o.Kind == "recurrence");

    [Theory]
    [InlineData("A 58-year-old man was diagnosed with EGFR-mutant lung adenocarcinoma. He was started on osimertinib 80 mg daily. Ten months later, brain metastases developed.", "osimertinib")]
    [InlineData("A 44-year-old woman with metastatic breast carcinoma was treated with capecitabine. Six months later, MRI showed the appearance of multiple brain metastases.", "capecitabine")]
    [InlineData("A 63-year-old man with metastatic colon adenocarcinoma received FOLFIRI and bevacizumab. Nine months later, new liver lesions were found.", "irinotecan")]
    [InlineData("A 52-year-old woman with metastatic melanoma received pembrolizumab. After 5 cycles, new lesions appeared in the liver and spleen.", "pembrolizumab")]
    [InlineData("A 60-year-old man with gastric adenocarcinoma was treated with oxaliplatin and capecitabine. Restaging CT showed new nodules in both lungs.", "oxaliplatin")]
    public void NewDiseaseAfterATreatmentTellingItsPlaceOrTimeAfterIsProgression(string text, string drug)
    {
        var outcome = Assert.Single(Engines.Extract(text).Outcomes, o => o.Kind == "progressive-disease");
        Assert.Contains(drug, outcome.Therapy);
    }

    [Theory]
    [InlineData("A 52-year-old woman with metastatic melanoma received pembrolizumab. After 5 cycles, new lesions appeared on the skin of the trunk.")]
    [InlineData("A 58-year-old man was diagnosed with lung adenocarcinoma. He was given dexamethasone 4 mg. Ten months earlier, brain metastases had been excised.")]
    [InlineData("A 58-year-old man was diagnosed with lung adenocarcinoma and brain metastases. Ten months later, he started osimertinib.")]
    public void LesionsOfTheSkinOrMetastasesNotDatedFromATreatmentAreNoProgression(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Outcomes, o => o.Kind == "progressive-disease");
}
