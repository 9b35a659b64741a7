namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The diagnosing words reach every item of a list of conditions, however long; a verb, a negation or a relative
/// clause ends the list.
/// </summary>
public sealed class DiagnosisListTests
{
    [Theory]
    [InlineData("At discharge he was diagnosed with pneumonia, pulmonary embolism, septic shock and renal cortical necrosis.", "renal cortical necrosis")]
    [InlineData("The team made a diagnosis of infective endocarditis, cholangitis, and a pulmonary thromboembolism.", "pulmonary thromboembolism")]
    [InlineData("Genetic testing confirmed cystic fibrosis, diabetes insipidus and ectodermal dysplasia in the boy.", "ectodermal dysplasia")]
    public void AConditionDeepInADiagnosedListIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Theory]
    [InlineData("She was diagnosed with pneumonia and had no pulmonary embolism on angiography.", "pulmonary embolism")]
    [InlineData("He was diagnosed with pneumonia and septic shock, which later showed renal cortical necrosis on imaging.", "renal cortical necrosis")]
    public void AConditionAfterAListThatEndsIsNotDiagnosedByIt(string text, string name) =>
        Assert.DoesNotContain(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));
}
