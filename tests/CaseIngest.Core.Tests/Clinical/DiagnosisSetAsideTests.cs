namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A diagnosis first held and then replaced ("initially thought to be a meningioma, but the final diagnosis was …") is not
/// the patient's diagnosis; the one that replaced it is, and a diagnosis first made and kept stands.
/// </summary>
public sealed class DiagnosisSetAsideTests
{
    [Theory]
    [InlineData("The dural-based mass was initially thought to be a meningioma, but the final diagnosis was hemangiopericytoma.", "meningioma", "hemangiopericytoma")]
    [InlineData("Originally diagnosed as lymphoma on a core biopsy, the anterior mediastinal mass proved to be a thymoma after resection.", "lymphoma", "thymoma")]
    [InlineData("A preliminary diagnosis of lymphoma was revised to Castleman disease after expert review.", "lymphoma", "castleman disease")]
    public void ADiagnosisFirstHeldAndReplacedGivesWayToTheOneThatReplacedIt(string text, string setAside, string final)
    {
        var names = ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).ToList();
        Assert.DoesNotContain(setAside, names);
        Assert.Contains(final, names);
    }

    [Fact]
    public void AMisdiagnosisIsNotADiagnosis() =>
        Assert.DoesNotContain("hepatocellular carcinoma", ClinicalRun.Run("At another hospital the liver lesion had been misdiagnosed as hepatocellular carcinoma.").Diagnoses.Select(d => d.Name));

    [Theory]
    [InlineData("She was first diagnosed with breast cancer in 2010 and treated with mastectomy.", "breast cancer")]
    [InlineData("He was initially diagnosed with diffuse large B-cell lymphoma and received six cycles of R-CHOP.", "diffuse large b-cell lymphoma")]
    public void ADiagnosisFirstMadeAndKeptStands(string text, string name) =>
        Assert.Contains(name, ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));
}
