namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Neoplasms the vocabularies name by the disorder rather than by a growth ("polycythemia vera", "systemic mastocytosis",
/// "mycosis fungoides", "lung carcinoid"), kinds named in the plural ("myeloproliferative neoplasms"), and the malignant
/// terms of the NCIt neoplasm hierarchy that OncoTree and the Disease Ontology do not spell ("hidradenocarcinoma",
/// "thymic carcinoid tumor") are diagnoses with their OncoTree node; the same words about no patient's disease are not.
/// </summary>
public sealed class DiagnosisDisorderNamedNeoplasmTests
{
    [Theory]
    [InlineData("A 58-year-old man was diagnosed with polycythemia vera after a routine blood count.", "polycythemia vera", "PV")]
    [InlineData("Bone marrow biopsy confirmed essential thrombocythemia with a JAK2 V617F mutation.", "essential thrombocythemia", "ET")]
    [InlineData("She had been followed for primary myelofibrosis for six years.", "primary myelofibrosis", "PMF")]
    [InlineData("Skin biopsy of the trunk lesions revealed mycosis fungoides.", "mycosis fungoides", "MYCF")]
    [InlineData("A diagnosis of systemic mastocytosis was made on bone marrow examination.", "systemic mastocytosis", "SM")]
    [InlineData("The resected nodule of the right lower lobe was an atypical lung carcinoid.", "atypical lung carcinoid", "ALUCA")]
    [InlineData("Serum electrophoresis and marrow findings were consistent with Waldenstrom macroglobulinemia.", "waldenstrom macroglobulinemia", "WM")]
    [InlineData("An 8-year-old boy was diagnosed with Langerhans cell histiocytosis of the skull.", "langerhans cell histiocytosis", "LCH")]
    [InlineData("Uterine evacuation confirmed a complete hydatidiform mole.", "complete hydatidiform mole", "CHM")]
    [InlineData("Eleven months after kidney transplantation she was diagnosed with a posttransplant lymphoproliferative disorder.", "posttransplant lymphoproliferative disorder", "PTLD")]
    [InlineData("He was diagnosed with a myeloproliferative neoplasm in 2015.", "myeloproliferative neoplasm", "MPN")]
    [InlineData("Histopathology of the axillary mass revealed hidradenocarcinoma.", "hidradenocarcinoma", "AECA")]
    [InlineData("A 44-year-old woman was diagnosed with thymic carcinoid tumor.", "thymic carcinoid tumor", "THYC")]
    [InlineData("Excision of the scalp nodule showed trichilemmocarcinoma.", "trichilemmocarcinoma", "SKAC")]
    [InlineData("Pathology of the parotidectomy specimen showed salivary gland carcinoma ex pleomorphic adenoma.", "salivary gland carcinoma ex pleomorphic adenoma", "SACA")]
    public void ANeoplasmTheVocabulariesNameIsADiagnosisWithItsNode(string text, string name, string code)
    {
        var diagnosis = Assert.Single(ClinicalRun.Run(text).Diagnoses);
        Assert.Equal(name, diagnosis.Name);
        Assert.Equal(code, diagnosis.Oncotree?.Code);
    }

    [Theory]
    [InlineData("Myeloproliferative neoplasms usually carry a risk of arterial and venous thrombosis.")]
    [InlineData("There was no evidence of systemic mastocytosis in the marrow.")]
    [InlineData("Her mother had polycythemia vera.")]
    [InlineData("Mycosis fungoides was considered in the differential diagnosis but the biopsy showed eczema.")]
    public void TheSameWordsAboutNoPatientsDiseaseAreNoDiagnosis(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Oncotree is not null);
}
