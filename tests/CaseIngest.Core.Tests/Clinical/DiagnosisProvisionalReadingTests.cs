namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A reading told as provisional is no diagnosis: a mistaken diagnosis ("was mistaken for a hepatocellular carcinoma"),
/// a disease an image only suggested ("MRI suggested a meningioma"), and a reading a later one set right ("a sarcoma,
/// which turned out to be a schwannoma"). The same disease confirmed in the sentence, or named by the tissue, stays a
/// diagnosis, and so does a preoperative diagnosis, which the report names as its own.
/// </summary>
public sealed class DiagnosisProvisionalReadingTests
{
    [Theory]
    [InlineData("The ulcerated skin nodule was misinterpreted as a basal cell carcinoma at the first visit.", "basal cell carcinoma")]
    [InlineData("On contrast CT the hypervascular nodule was mistaken for a hepatocellular carcinoma.", "hepatocellular carcinoma")]
    [InlineData("Magnetic resonance imaging of the head suggested a meningioma of the falx.", "meningioma")]
    [InlineData("The CT appearance of the renal mass suggested a clear cell renal cell carcinoma.", "renal cell carcinoma")]
    [InlineData("A mammogram showed a spiculated opacity suggesting breast cancer.", "breast cancer")]
    [InlineData("Frozen section was read as a spindle cell sarcoma, which later proved to be a cellular schwannoma.", "sarcoma")]
    public void AProvisionalReadingIsNoDiagnosis(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Histology confirmed the preoperative diagnosis of a gastric leiomyoma.", "leiomyoma")]
    [InlineData("The submucosal mass was preoperatively diagnosed as a gastric leiomyoma on endoscopic ultrasound.", "leiomyoma")]
    [InlineData("MRI suggested a meningioma of the falx, which histology confirmed after resection.", "meningioma")]
    [InlineData("Biopsy of the renal mass showed a clear cell renal cell carcinoma.", "renal cell carcinoma")]
    [InlineData("The resected tumour was a gastrointestinal stromal tumour, which proved to be high risk.", "gastrointestinal stromal tumor")]
    [InlineData("Repeat MRI showed shrinkage of the mass, suggesting a response of the glioblastoma to temozolomide.", "glioblastoma")]
    [InlineData("Frozen section was read as a spindle cell sarcoma, which later proved to be a cellular schwannoma.", "schwannoma")]
    public void AReadingTheSentenceConfirmsOrTheTissueNamesStays(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.Contains(name, StringComparison.Ordinal));
}
