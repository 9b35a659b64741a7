namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// What a case was first taken for ("was initially diagnosed with sinusitis", "an initial diagnosis of lipoma", "was first
/// treated for asthma") is no diagnosis of the case when the sentence goes on to the examination that showed another
/// disease, a later tissue reading names another tumour, or a later sentence revises the diagnosis in so many words; a
/// first diagnosis the case kept stands, and so does one whose later reading only finds its spread.
/// </summary>
public sealed class DiagnosisFirstTakenForTests
{
    [Theory]
    [InlineData("He was initially diagnosed with sinusitis, but an endoscopic biopsy revealed an extranodal NK/T-cell lymphoma.", "sinusitis", "lymphoma")]
    [InlineData("The patient was initially treated for asthma until a CT scan showed a tracheal adenoid cystic carcinoma.", "asthma", "adenoid cystic carcinoma")]
    [InlineData("He was initially diagnosed with pneumonia, but a biopsy later showed small cell lung cancer.", "pneumonia", "small cell lung cancer")]
    [InlineData("The boy was first treated for appendicitis before the resected specimen showed a Burkitt lymphoma.", "appendicitis", "burkitt lymphoma")]
    [InlineData("The swelling was initially misdiagnosed as a lipoma, but excision revealed a myxoid liposarcoma.", "lipoma", "liposarcoma")]
    public void AFirstDiagnosisTheSentenceSetsRightIsNoDiagnosis(string text, string firstTaken, string final)
    {
        var names = ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).ToList();
        Assert.DoesNotContain(names, n => n == firstTaken);
        Assert.Contains(names, n => n.Contains(final, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ultrasound of the neck showed a soft mass, and the findings led to an initial diagnosis of lipoma. The mass was excised. Histopathology of the specimen revealed a well-differentiated liposarcoma.", "lipoma")]
    [InlineData("The cytology smear was scanty, and an initial diagnosis of pleomorphic adenoma was made. A parotidectomy followed. The pathological examination showed a mucoepidermoid carcinoma.", "pleomorphic adenoma")]
    [InlineData("Colonoscopy gave an initial diagnosis of ulcerative colitis, which was later revised.", "ulcerative colitis")]
    [InlineData("A man of 58 was originally diagnosed with a major depressive disorder by his psychiatrist, and sertraline was started. Within a week he grew paranoid. A brain MRI found a large frontal mass, and his diagnosis was later revised to an organic mood disorder caused by the mass.", "major depressive disorder")]
    [InlineData("She was first diagnosed with asthma and given inhalers. Her stridor worsened over a month. Bronchoscopy was performed, and she received a revised diagnosis of tracheal adenoid cystic carcinoma.", "asthma")]
    public void AnInitialDiagnosisALaterReadingReplacedIsNoDiagnosis(string text, string firstTaken) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == firstTaken);

    [Theory]
    [InlineData("She was initially diagnosed with breast cancer in 2012 and later developed bone metastases.", "breast cancer")]
    [InlineData("He was initially diagnosed with prostate cancer, but the PSA later rose and a bone scan showed metastases.", "prostate cancer")]
    [InlineData("She was first diagnosed with gastric cancer, but a liver biopsy a year later revealed metastatic adenocarcinoma.", "gastric")]
    [InlineData("The initial diagnosis of hepatocellular carcinoma was made in 2018.", "hepatocellular carcinoma")]
    [InlineData("At the time of initial diagnosis of follicular lymphoma, she had no symptoms. A biopsy of the axillary node later showed a diffuse large B-cell lymphoma.", "follicular lymphoma")]
    [InlineData("The initial diagnosis of melanoma was confirmed, and the resected specimen showed a melanoma with a Breslow depth of 3 mm.", "melanoma")]
    [InlineData("She was first diagnosed with breast cancer in 2015. Her treatment was revised after a cardiac event, and she remained well.", "breast cancer")]
    public void AFirstDiagnosisTheCaseKeptStands(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));
}
