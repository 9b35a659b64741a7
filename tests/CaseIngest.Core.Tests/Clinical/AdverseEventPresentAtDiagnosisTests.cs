namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A complaint its clause says was present when the disease was diagnosed or before the treatment began ("ascites and
/// jaundice, present at diagnosis, did not worsen") is the disease's, not an adverse event of the treatment; one present
/// at a visit during the treatment is left to the treatment.
/// </summary>
public sealed class AdverseEventPresentAtDiagnosisTests
{
    [Theory]
    [InlineData("He received atezolizumab and bevacizumab for hepatocellular carcinoma. Ascites and jaundice, present at diagnosis, did not worsen.", "atezolizumab,bevacizumab")]
    [InlineData("She was treated with sunitinib for renal cell carcinoma. Her fatigue, already present before treatment, persisted.", "sunitinib")]
    [InlineData("He was started on olaparib for prostate cancer. Nausea, present at baseline, improved during the first month.", "olaparib")]
    [InlineData("She received gemcitabine for pancreatic cancer. The abdominal pain, present at the time of diagnosis, was controlled with morphine.", "gemcitabine,morphine")]
    public void AComplaintPresentBeforeTheTreatmentIsNoAdverseEvent(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("She received cetuximab for colon cancer. Grade 2 rash was present at the end of the first cycle.", "cetuximab", "rash:2:cetuximab")]
    [InlineData("He received capecitabine for rectal cancer. Diarrhoea was present after the first cycle of capecitabine.", "capecitabine", "diarrhea:-:capecitabine")]
    public void AnEventPresentDuringTheTreatmentStaysItsOwn(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
