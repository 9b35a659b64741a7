namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A condition a cancer brings about that is a diagnosis of its own: hypercalcaemia of malignancy, lymphangitic
/// carcinomatosis and a malignant pleural effusion wherever the case has them, and a compression of the spinal cord
/// ("cord compression") where the wording diagnoses it as a disease ("led to cord compression", "developed metastatic
/// spinal cord compression"). A complication denied, only weighed or told of patients in general is none, and a plain
/// hypercalcaemia stays a finding.
/// </summary>
public sealed class DiagnosisCancerComplicationTests
{
    [Theory]
    [InlineData("Three weeks into treatment her calcium rose to 3.4 mmol/L, and hypercalcaemia of malignancy was treated with fluids and zoledronic acid.", "hypercalcemia of malignancy")]
    [InlineData("A 58-year-old smoker with a squamous cell carcinoma of the lung was admitted with humoral hypercalcemia of malignancy.", "hypercalcemia of malignancy")]
    [InlineData("Her confusion was put down to malignancy-associated hypercalcemia, and pamidronate brought the calcium down.", "hypercalcemia of malignancy")]
    [InlineData("The chest CT now showed lymphangitic carcinomatosis in both lower lobes and a small left effusion.", "lymphangitic carcinomatosis")]
    [InlineData("She was readmitted in June with malignant pleural effusions on both sides, which were drained.", "malignant pleural effusion")]
    [InlineData("The collapsed ninth thoracic vertebra led to cord compression, and he had an urgent decompression.", "spinal cord compression")]
    [InlineData("In April he developed metastatic spinal cord compression at T7 and was given a single fraction of 8 Gy.", "spinal cord compression")]
    public void AConditionTheCancerBroughtAboutIsADiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name && d.Patient == "P1");

    [Fact]
    public void AMalignantEffusionReplacesThePlainEffusionItWasFirstCalled()
    {
        var names = ClinicalRun.Run("A pleural effusion requiring drainage was found on admission. Cytology of the fluid later proved it a malignant pleural effusion.")
            .Diagnoses.Select(d => d.Name).ToList();
        Assert.Contains("malignant pleural effusion", names);
        Assert.DoesNotContain("pleural effusion", names);
    }

    [Theory]
    [InlineData("There was no cord compression on the MRI of the whole spine.")]
    [InlineData("The spine was imaged again to exclude cord compression before she walked.")]
    [InlineData("A malignant pleural effusion was ruled out by three negative cytology samples.")]
    [InlineData("She developed hypercalcemia after the third infusion, and it settled with fluids.")]
    public void AComplicationDeniedWeighedOrOnlyAFindingIsNoDiagnosis(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name is "spinal cord compression" or "malignant pleural effusion" or "hypercalcemia" or "hypercalcemia of malignancy");
}
