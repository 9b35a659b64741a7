namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A syndrome or a disease written with a capitalised name ("Fanconi syndrome", "Jervell and Lange-Nielsen syndrome") is
/// a diagnosis where the wording diagnoses it, named by the capitalised words alone; a name the wording does not
/// diagnose, one the patient brings, or a capitalised word that only opens the sentence names none.
/// </summary>
public sealed class DiagnosisEponymTests
{
    [Theory]
    [InlineData("She was diagnosed with Fanconi syndrome after the second course.", "fanconi syndrome")]
    [InlineData("Enzyme assay confirmed Gaucher disease type 1.", "gaucher disease")]
    [InlineData("Genetic testing confirmed the diagnosis of Jervell and Lange-Nielsen syndrome.", "jervell and lange-nielsen syndrome")]
    [InlineData("The clinical picture was consistent with Sweet syndrome.", "sweet syndrome")]
    [InlineData("Lymph node biopsy showed Kikuchi-Fujimoto disease.", "kikuchi-fujimoto disease")]
    [InlineData("A diagnosis of IgG4-related disease was made on the basis of the serum level and the biopsy.", "igg4-related disease")]
    [InlineData("He was diagnosed with acquired Fanconi syndrome due to ifosfamide.", "fanconi syndrome")]
    [InlineData("Two weeks later he developed Miller Fisher syndrome requiring intubation.", "miller fisher syndrome")]
    [InlineData("The findings were compatible with Castleman disease of the mediastinum.", "castleman disease")]
    [InlineData("She was admitted with an Addisonian crisis; Addison's disease was confirmed by a short Synacthen test.", "addison's disease")]
    [InlineData("We diagnosed Still's disease after excluding infection.", "still's disease")]
    public void ANamedSyndromeOrDiseaseTheWordingDiagnosesIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("Fanconi syndrome is a rare complication of ifosfamide.")]
    [InlineData("Kidney disease was diagnosed in 2015.")]
    [InlineData("He had a history of Crohn's disease for twenty years.")]
    [InlineData("Behçet's disease was considered but ruled out.")]
    [InlineData("Graves disease was excluded by a normal thyroid function.")]
    [InlineData("There was no evidence of Cushing's syndrome.")]
    [InlineData("Mesenteric Disease in a Patient Who Received Pembrolizumab: Paraneoplastic Syndrome, Secondary to the Inhibitor?")]
    [InlineData("He was referred for transplantation (Model for End Stage Liver Disease score 17).")]
    public void ANamedSyndromeOrDiseaseNotDiagnosedInThePatientIsNot(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.EndsWith("syndrome", StringComparison.Ordinal) || d.Name.EndsWith("disease", StringComparison.Ordinal));

    [Theory]
    [InlineData("The diagnosis of the PRES syndrome was retained after the MRI.", "pres syndrome")]
    [InlineData("Hypertension caused by the ACTH syndrome was treated with spironolactone.", "acth syndrome")]
    public void AnInitialismBeforeTheHeadIsNoName(string text, string name) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
