namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Benign skin and soft-tissue tumours the neoplasm vocabularies lack, a tumour of brown fat ("hibernoma"), an inflammatory
/// pseudotumour and a tumour of the sweat ducts ("eccrine syringofibroadenoma"), are diagnoses where the report confirms
/// them; weighed in a differential or only mimicked, they are not.
/// </summary>
public sealed class DiagnosisSoftTissueTumorTests
{
    [Theory]
    [InlineData("A 58-year-old man had a slowly growing mass of the thigh. Excision was performed and histology confirmed a hibernoma.", "hibernoma")]
    [InlineData("A 40-year-old woman had a painless lump in the axilla; the final pathology showed a hibernoma with no atypia.", "hibernoma")]
    [InlineData("A 50-year-old woman had abdominal pain and a mesenteric mass. Definitive histology revealed an inflammatory pseudotumor of the mesentery.", "inflammatory pseudotumor")]
    [InlineData("Histopathology of the resected hilar mass showed an inflammatory pseudotumour with plasma cells and spindle cells.", "inflammatory pseudotumor")]
    [InlineData("A skin biopsy of the plantar plaque showed an eccrine syringofibroadenoma.", "eccrine syringofibroadenoma")]
    [InlineData("The sole lesion was excised, and the pathological diagnosis was syringofibroadenoma.", "syringofibroadenoma")]
    public void AConfirmedSoftTissueTumorIsADiagnosis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("On MRI the differential diagnosis included lipoma, hibernoma and liposarcoma.", "hibernoma")]
    [InlineData("Inflammatory pseudotumors can mimic malignancy on imaging.", "inflammatory pseudotumor")]
    [InlineData("Eccrine syringofibroadenoma may arise in reaction to a neighbouring tumour or a chronic wound.", "eccrine syringofibroadenoma")]
    [InlineData("The mass was first thought to be an inflammatory pseudotumor, but the resection showed a leiomyosarcoma.", "inflammatory pseudotumor")]
    public void AWeighedOrGeneralMentionIsNone(string text, string name) =>
        Assert.DoesNotContain(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));
}
