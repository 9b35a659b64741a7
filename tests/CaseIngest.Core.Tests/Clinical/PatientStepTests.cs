using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

public sealed class PatientStepTests
{
    [Theory]
    [InlineData("A 57-year-old man presented with a mass in the thigh.", 57.0, "male")]
    [InlineData("We report a 64-year-old Caucasian female with melanoma.", 64.0, "female")]
    [InlineData("A woman in her 60s was referred for dyspnea.", null, "female")]
    [InlineData("A patient aged 45 presented with cough. He had smoked for years and his wife noticed weight loss.", 45.0, "male")]
    [InlineData("A 3-month-old boy was admitted with fever.", 0.25, "male")]
    [InlineData("62 yo M with metastatic melanoma.", 62.0, "male")]
    [InlineData("A 65-year-old patient (male) was admitted.", 65.0, "male")]
    [InlineData("A 70 years old gentleman had hematuria.", 70.0, "male")]
    [InlineData("The patient was a girl, 8 years of age, with a rash.", 8.0, "female")]
    [InlineData("A sixty-two-year-old lady was seen in clinic.", 62.0, "female")]
    [InlineData("A 4 and a half years old boy had a cough.", 4.5, "male")]
    [InlineData("A 36- year- old woman had headaches.", 36.0, "female")]
    [InlineData("A 74\u2009years old Caucasian male had fever.", 74.0, "male")]
    public void ReadsAgeAndSexOfThePatient(string text, double? age, string sex)
    {
        var patient = Assert.Single(ClinicalRun.Run(text).Patients);
        Assert.Equal("P1", patient.Id);
        Assert.Equal(age, patient.AgeYears);
        Assert.Equal(sex, patient.Sex);
    }

    [Fact]
    public void SexComesFromPronounsWhenTheDescriptionOmitsIt()
    {
        var patient = Assert.Single(ClinicalRun.Run("A 54-year-old patient was admitted for fever. He had no history. His wife reported confusion. He was treated.").Patients);
        Assert.Equal(54, patient.AgeYears);
        Assert.Equal("male", patient.Sex);
    }

    [Fact]
    public void TheAgeOfARelativeIsNotThePatients()
    {
        var patient = Assert.Single(ClinicalRun.Run("Her 30-year-old son donated blood. A 58-year-old woman presented with jaundice.").Patients);
        Assert.Equal(58, patient.AgeYears);
    }

    [Fact]
    public void APatientOfAnotherPublishedCaseInTheDiscussionIsNotAPatient()
    {
        const string text = "Case presentation\nA 57-year-old man presented with colitis after pembrolizumab.\n\nDiscussion\nSmith et al. described a 45-year-old woman with similar findings.\n";
        var patient = Assert.Single(Engines.Extract(text).Patients);
        Assert.Equal(57, patient.AgeYears);
        Assert.Equal("male", patient.Sex);
    }

    [Fact]
    public void ACaseSeriesGivesOnePatientPerCaseAndAttributesFacts()
    {
        const string text = """
            Case presentation
            Case 1
            A 57-year-old man was diagnosed with hepatocellular carcinoma. He developed grade 3 colitis.
            Case 2
            A 64-year-old woman was diagnosed with melanoma. She achieved a complete response.
            """;
        var context = ClinicalRun.Run(text);
        Assert.Equal(["P1", "P2"], context.Patients.Select(p => p.Id));
        Assert.Equal((57.0, "male"), (context.Patients[0].AgeYears!.Value, context.Patients[0].Sex!));
        Assert.Equal((64.0, "female"), (context.Patients[1].AgeYears!.Value, context.Patients[1].Sex!));
        Assert.Equal("P1", context.PatientAt(text.IndexOf("hepatocellular", StringComparison.Ordinal)));
        Assert.Equal("P2", context.PatientAt(text.IndexOf("melanoma", StringComparison.Ordinal)));
        Assert.Equal("P1", Assert.Single(context.Diagnoses, d => d.Name == "hepatocellular carcinoma").Patient);
        Assert.Equal("P2", Assert.Single(context.Diagnoses, d => d.Name == "melanoma").Patient);
        Assert.Equal("P2", Assert.Single(context.Outcomes, o => o.Kind == "complete-response").Patient);
    }

    [Theory]
    [InlineData("Patient 1 was a 70-year-old man with melanoma. Patient 2 was a 52-year-old woman with melanoma.")]
    [InlineData("The first patient was a 70-year-old man with melanoma. The second patient was a 52-year-old woman with melanoma.")]
    [InlineData("A 70-year-old man had melanoma. A second case involved a 52-year-old woman with melanoma.")]
    [InlineData("Case 1A 70-year-old man had melanoma. He was treated.Case 2A 52-year-old woman had melanoma.")]
    public void InlineCaseSeriesMarkersStartEachPatient(string text)
    {
        var context = ClinicalRun.Run(text);
        Assert.Equal([(70.0, "male"), (52.0, "female")], context.Patients.Select(p => (p.AgeYears!.Value, p.Sex!)));
        Assert.Equal(["P1", "P2"], context.Diagnoses.Select(d => d.Patient));
    }

    [Fact]
    public void TheSecondCaseInTheLiteratureIsNotASecondPatient()
    {
        var context = ClinicalRun.Run("A 70-year-old man had melanoma. This is the second case of this kind reported.");
        Assert.Single(context.Patients);
    }
}
