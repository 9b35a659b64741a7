namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Common diagnoses of every organ system that CTCAE lacks (valve diseases and congenital heart defects, arterial
/// dissections, venous sinus thrombosis, primary biliary cholangitis, Meckel diverticulum, epilepsy, gestational
/// diabetes, zinc deficiency, aplastic anaemia, placenta accreta, syphilis, retinitis pigmentosa, vitiligo …) are
/// conditions the report may diagnose, under their US name; one the patient's history, a relative or a differential holds
/// is not.
/// </summary>
public sealed class DiagnosisOrganSystemConditionTests
{
    [Theory]
    [InlineData("A 3-year-old girl with a murmur was diagnosed with an ostium secundum atrial septal defect.", "atrial septal defect")]
    [InlineData("A 76-year-old man with syncope was diagnosed with severe aortic stenosis.", "aortic stenosis")]
    [InlineData("A 52-year-old woman with pruritus and a raised alkaline phosphatase was diagnosed with primary biliary cholangitis.", "primary biliary cholangitis")]
    [InlineData("A 6-year-old boy with rectal bleeding was found to have a Meckel's diverticulum at laparoscopy.", "meckel diverticulum")]
    [InlineData("A 19-year-old man had two unprovoked seizures and was diagnosed with epilepsy.", "epilepsy")]
    [InlineData("A 31-year-old woman at 26 weeks of gestation was diagnosed with gestational diabetes mellitus.", "gestational diabetes mellitus")]
    [InlineData("A 60-year-old man on parenteral nutrition had a periorificial rash; a diagnosis of zinc deficiency was made.", "zinc deficiency")]
    [InlineData("A 25-year-old man with pancytopenia and a hypocellular marrow was diagnosed with aplastic anaemia.", "aplastic anemia")]
    [InlineData("A 34-year-old woman with two previous caesarean sections was diagnosed with placenta accreta.", "placenta accreta")]
    [InlineData("A 28-year-old man with a genital ulcer and a positive serology was diagnosed with secondary syphilis.", "syphilis")]
    [InlineData("A 22-year-old woman with night blindness was diagnosed with retinitis pigmentosa.", "retinitis pigmentosa")]
    [InlineData("A 44-year-old woman with depigmented patches on the hands was diagnosed with vitiligo.", "vitiligo")]
    public void ACommonConditionOfAnOrganSystemTheWordingDiagnosesIsADiagnosis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A 66-year-old man had a history of epilepsy and presented with a cough.")]
    [InlineData("A 30-year-old woman had a cough. Her mother had primary biliary cholangitis.")]
    [InlineData("A 34-year-old woman had vaginal bleeding. The differential diagnosis included placenta previa and placental abruption.")]
    [InlineData("A 50-year-old man had a cough. Syphilis was ruled out by serology.")]
    public void AConditionOfTheHistoryARelativeOrADifferentialIsNot(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);
}
