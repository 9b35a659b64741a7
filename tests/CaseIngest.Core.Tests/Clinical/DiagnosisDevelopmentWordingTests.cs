namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A disease the case went on to develop is diagnosed also when the verb follows it ("a spontaneous hemothorax developed",
/// "acute kidney injury had developed by day 3") or the development is told as a noun ("complicated by the development of
/// septic shock", "with the development of hepatorenal syndrome and ascites"); a symptom told so, a development only
/// feared or denied, and a disease that developed into another are not.
/// </summary>
public sealed class DiagnosisDevelopmentWordingTests
{
    [Theory]
    [InlineData("Five days after the thoracoscopy a spontaneous hemothorax developed.", "hemothorax")]
    [InlineData("On the second postoperative day, aspiration pneumonia developed and antibiotics were started.", "aspiration pneumonia")]
    [InlineData("By the third week acute kidney injury had developed despite hydration.", "acute kidney injury")]
    [InlineData("Septic shock subsequently developed in the intensive care unit.", "septic shock")]
    [InlineData("The course was marked by the development of hepatorenal syndrome.", "hepatorenal syndrome")]
    [InlineData("Her condition deteriorated with the development of respiratory failure.", "respiratory failure")]
    [InlineData("Two months after the transplant she was readmitted following the development of cytomegalovirus infection.", "cytomegalovirus infection")]
    [InlineData("Ten days into the course, the development of Guillain-Barre syndrome led to the withdrawal of the drug.", "guillain-barre syndrome")]
    public void ADiseaseThatDevelopedIsADiagnosis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("Mild diarrhea developed after the second dose.")]
    [InlineData("Prophylaxis was given to prevent the development of pneumonia.")]
    [InlineData("No hemothorax developed after the procedure.")]
    [InlineData("The risk of the development of septic shock was discussed with the family.")]
    public void ASymptomOrAFearedOrDeniedDevelopmentIsNot(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
