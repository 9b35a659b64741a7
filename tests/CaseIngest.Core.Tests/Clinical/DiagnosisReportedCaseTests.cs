namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The condition a report presents as its case ("We report a case of hibernoma arising in the back", "we present the case of
/// an inflammatory pseudotumor") is diagnosed by that statement; a case the report only resembles or a condition
/// told of cases in general is not.
/// </summary>
public sealed class DiagnosisReportedCaseTests
{
    [Theory]
    [InlineData("We report a case of hibernoma arising in the upper arm in a 52-year-old woman.", "hibernoma")]
    [InlineData("Here we present the case of an inflammatory pseudotumor arising in the small bowel mesentery.", "inflammatory pseudotumor")]
    [InlineData("We describe a rare case of eccrine syringofibroadenoma on the sole of an elderly man.", "eccrine syringofibroadenoma")]
    [InlineData("Here we present the case of a glomus tumor of the finger in a young woman.", "glomus tumor")]
    [InlineData("We report an unusual case of sarcoidosis presenting as a breast mass.", "sarcoidosis")]
    public void TheConditionTheReportPresentsIsADiagnosis(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("We report a case of a soft-tissue mass that mimicked a hibernoma on imaging.", "hibernoma")]
    [InlineData("Fewer than ten cases of inflammatory pseudotumor of the spleen have been reported.", "inflammatory pseudotumor")]
    [InlineData("We report a case in which sarcoidosis was excluded by biopsy.", "sarcoidosis")]
    public void AResemblanceOrACountOfCasesIsNone(string text, string name) =>
        Assert.DoesNotContain(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));
}
