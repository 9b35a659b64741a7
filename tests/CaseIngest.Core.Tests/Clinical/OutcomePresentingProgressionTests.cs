using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A progression named by its pace alone ("rapid progression", "further progression"), told before any treatment and
/// with no time after one, is the course of the presentation (symptoms or a mass growing before the patient sought
/// care), not an outcome. The same words after a treatment, or a progression that names the disease, stay progressive
/// disease.
/// </summary>
public sealed class OutcomePresentingProgressionTests
{
    [Theory]
    [InlineData("A 63-year-old man reported numbness of both feet, and the rapid progression and severity of his complaints prompted a neurological work-up. Biopsy of a colonic mass showed adenocarcinoma, and he underwent sigmoid colectomy.")]
    [InlineData("A 34-year-old woman noticed a lump on the labium whose rapid progression over four months led her to seek care. Biopsy showed squamous cell carcinoma, and a wide excision was performed.")]
    [InlineData("A 70-year-old man had a painless neck swelling; its further progression over the summer worried him. Biopsy showed a follicular lymphoma.")]
    public void APaceOfThePresentationIsNoOutcome(string text)
    {
        var record = Engines.Extract("Case presentation\n" + text);
        Assert.DoesNotContain(record.Outcomes, o => o.Kind == "progressive-disease");
    }

    [Theory]
    [InlineData("A 59-year-old woman with metastatic breast cancer received docetaxel. After four cycles, CT showed rapid progression with new liver lesions.")]
    [InlineData("A 66-year-old man underwent resection of a pancreatic adenocarcinoma. Three months after the resection he had rapid progression with peritoneal spread.")]
    [InlineData("A 48-year-old man presented with jaundice; imaging showed rapid progression of the pancreatic tumour over six weeks. He received gemcitabine.")]
    public void APaceAfterTreatmentOrOfTheDiseaseStaysProgression(string text)
    {
        var record = Engines.Extract("Case presentation\n" + text);
        Assert.Contains(record.Outcomes, o => o.Kind == "progressive-disease");
    }
}
