namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A histology a biopsy, a cytology or a resection found without naming its organ belongs to the organ of the lesion told
/// just before, in an earlier clause or the sentence before ("a mass in the right lower lobe. Biopsy confirmed
/// adenocarcinoma" → lung adenocarcinoma); where a site a cancer spreads to is named, or the histology is no tissue
/// finding, the organ is not taken.
/// </summary>
public sealed class DiagnosisLesionOrganTests
{
    [Theory]
    [InlineData("A 66-year-old smoker had a persistent cough. A 3 cm mass was found in the right lower lobe. Biopsy confirmed adenocarcinoma.", "lung adenocarcinoma")]
    [InlineData("CT showed a 4 cm mass in the head of the pancreas. Endoscopic ultrasound-guided fine-needle aspiration revealed adenocarcinoma.", "pancreatic adenocarcinoma")]
    [InlineData("Gastroscopy showed an ulcerated gastric lesion, and the biopsies showed adenocarcinoma.", "gastric adenocarcinoma")]
    [InlineData("Bronchoscopy revealed an endobronchial tumour in the left upper lobe. Histology showed squamous cell carcinoma.", "lung squamous cell carcinoma")]
    [InlineData("Colonoscopy found a circumferential mass in the sigmoid colon. Histopathology of the biopsies showed adenocarcinoma.", "colon adenocarcinoma")]
    public void AHistologyTakesTheOrganOfTheLesionToldBefore(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);

    [Theory]
    [InlineData("CT showed a mass in the right lower lobe and multiple liver lesions. Biopsy of the liver showed adenocarcinoma.", "lung adenocarcinoma")]
    [InlineData("A mass in the right lower lobe was resected. Histology showed metastatic adenocarcinoma.", "lung adenocarcinoma")]
    [InlineData("A nodule was seen in the right upper lobe. Ten years earlier she had been treated for adenocarcinoma.", "lung adenocarcinoma")]
    [InlineData("A mass was seen in the pancreatic tail. Biopsy of an enlarged supraclavicular node showed adenocarcinoma.", "pancreatic adenocarcinoma")]
    public void NoOrganIsTakenWhereTheHistologyMayBeADepositOrIsNoTissueFinding(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
