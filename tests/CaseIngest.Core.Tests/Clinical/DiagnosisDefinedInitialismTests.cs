namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An initialism the report spells out as another name keeps the report's meaning: "giant cell tumor (GCT)" makes a
/// later "biopsy-proven GCT" no granular cell tumor; one it spells out as the vocabulary's name, or never spells out, still
/// names that diagnosis.
/// </summary>
public sealed class DiagnosisDefinedInitialismTests
{
    [Theory]
    [InlineData("A 45-year-old man had a giant cell tumor (GCT) of the sacrum. A biopsy confirmed GCT.", "granular cell tumor")]
    [InlineData("A 30-year-old man with a germ cell tumor (GCT) of the mediastinum was treated. He had a biopsy-proven GCT.", "granular cell tumor")]
    public void AnInitialismTheReportDefinesAsAnotherNameDoesNotNameTheVocabularysDiagnosis(string text, string name) =>
        Assert.DoesNotContain(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("A 40-year-old woman had a lytic lesion. Langerhans' cell histiocytosis (LCH) was suspected, and a biopsy confirmed LCH.", "langerhans cell histiocytosis")]
    [InlineData("A 64-year-old man with acute kidney injury (AKI) was admitted. AKI was diagnosed on day 2.", "acute kidney injury")]
    [InlineData("Histology of the excised pleural mass confirmed SFT.", "solitary fibrous tumor")]
    public void AnInitialismSpelledOutAsTheVocabularysNameOrNotAtAllStillNamesIt(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));
}
