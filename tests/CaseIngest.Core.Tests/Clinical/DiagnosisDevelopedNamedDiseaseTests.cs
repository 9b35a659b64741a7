namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A condition named as a disease (a rhythm disorder, an inflammation, a cataract, pulmonary oedema, a cardiomyopathy)
/// that the case developed is a diagnosis, as an infection or an organ failure is, also with the verb after it ("a cataract
/// was developed") or begun ("started developing"); a symptom or a finding the case developed, and a
/// development prevented or denied, are not.
/// </summary>
public sealed class DiagnosisDevelopedNamedDiseaseTests
{
    [Theory]
    [InlineData("A 52-year-old man underwent surgery. On the third postoperative day he developed atrial flutter, which was converted with amiodarone.", "atrial flutter")]
    [InlineData("A 45-year-old man had a seizure; he later developed sustained ventricular tachycardia and was defibrillated.", "ventricular tachycardia")]
    [InlineData("A 64-year-old man with dyspnea was followed. During the infusions she developed recurrent episodes of pulmonary oedema.", "pulmonary edema")]
    [InlineData("A 12-year-old boy with myopathy was followed. At the age of 14, a dense cataract was developed in the left eye.", "cataract")]
    [InlineData("A 4-month-old boy was followed for a mitochondrial disorder; he started developing hypertrophic obstructive cardiomyopathy.", "hypertrophic obstructive cardiomyopathy")]
    [InlineData("A 48-year-old woman was given azathioprine. Three weeks later she developed acute pancreatitis.", "pancreatitis")]
    public void ANamedDiseaseTheCaseDevelopedIsADiagnosis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A 52-year-old man underwent surgery. On the second day he developed diarrhea.")]
    [InlineData("A 52-year-old man underwent surgery. Amiodarone was given to prevent the development of atrial fibrillation.")]
    [InlineData("A 52-year-old man underwent surgery. He developed a small pleural effusion.")]
    [InlineData("A 52-year-old man underwent surgery. He did not develop atrial flutter.")]
    public void ASymptomAFindingOrAPreventedOrDeniedDevelopmentIsNot(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
