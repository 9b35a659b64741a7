using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>A case series whose patients are named inside sentences: each fact goes to the patient of its clause.</summary>
public sealed class CaseSeriesClauseTests
{
    [Fact]
    public void PatientsNamedInOneSentenceMakeASeriesAndTakeTheirOwnClauses()
    {
        var record = Engines.Extract("""
            Abstract

            We describe two women with recurrent ovarian cancer treated after platinum, with patient 1 receiving olaparib maintenance for 18 months and patient 2 receiving niraparib until progression.
            """);

        Assert.Equal(["P1", "P2"], record.Patients.Select(p => p.Id));
        Assert.Equal("P1", Assert.Single(record.Drugs, d => d.Name == "olaparib").Patient);
        Assert.Equal("P2", Assert.Single(record.Drugs, d => d.Name == "niraparib").Patient);
    }

    [Fact]
    public void APatientNamedAfterItsFactTakesTheClauseBeforeItAndAComparisonTakesNothing()
    {
        var record = Engines.Extract("""
            Case 1

            A 58-year-old man with melanoma received nivolumab.

            Case 2

            A 63-year-old woman with melanoma received ipilimumab. Dacarbazine had been given to patient 1 before his referral. Unlike patient 1, she later received pembrolizumab.
            """);

        Assert.Equal([58.0, 63.0], record.Patients.Select(p => p.AgeYears ?? 0));
        Assert.Equal("P1", Assert.Single(record.Drugs, d => d.Name == "dacarbazine").Patient);
        Assert.Equal("P2", Assert.Single(record.Drugs, d => d.Name == "pembrolizumab").Patient);
        Assert.Equal("P2", Assert.Single(record.Drugs, d => d.Name == "ipilimumab").Patient);
    }

    [Fact]
    public void OneSentenceWithOnlyOnePatientNumberIsNoSeries()
    {
        var record = Engines.Extract("A 70-year-old man received pembrolizumab. The response of patient 1 in the earlier trial was partial.\n");

        Assert.Equal("P1", Assert.Single(record.Patients).Id);
        Assert.Equal(70, record.Patients[0].AgeYears);
    }

    [Theory]
    [InlineData("The patient presented in 2018 at age 57 with a thigh mass.", 57)]
    [InlineData("At the age of 44 years, she was diagnosed with breast cancer.", 44)]
    public void AnAgeAtPresentationIsThePatientsAge(string sentence, int age)
    {
        var record = Engines.Extract(sentence + "\n");

        Assert.Equal(age, Assert.Single(record.Patients).AgeYears);
    }

    [Fact]
    public void AnAgeAtALaterEventIsNotThePatientsAge()
    {
        var record = Engines.Extract("A boy was born at term with a heart murmur. A brain MRI performed at age 3 years was normal.\n");

        var patient = Assert.Single(record.Patients);
        Assert.Null(patient.AgeYears);
        Assert.Equal("male", patient.Sex);
    }

    [Theory]
    [InlineData("Atezolizumab hyperprogression\n\nAbstract\n\nWe present three patients with lung cancer whose tumours grew after atezolizumab.\n", 3)]
    [InlineData("Two cases of pembrolizumab-induced diabetes\n\nAbstract\n\nDiabetes followed pembrolizumab in both.\n", 2)]
    [InlineData("Pembrolizumab-induced diabetes\n\nAbstract\n\nWe report a woman with diabetes after pembrolizumab. Two patients with the same course were published before.\n", 1)]
    public void TheNumberOfPatientsTheAbstractStatesMakesTheSeries(string text, int patients)
    {
        var record = Engines.Extract(text);

        Assert.Equal(patients, record.Patients.Count);
    }

    [Fact]
    public void APatientNamedInTheDiscussionHoldsItsSentenceOnly()
    {
        var record = Engines.Extract("""
            Case 1

            A 52-year-old man with renal cell carcinoma received nivolumab.

            Case 2

            A 61-year-old woman with renal cell carcinoma received cabozantinib.

            Discussion

            In our series, patient 1 stopped nivolumab after 3 months. Patient 2 later received everolimus for 14 months. Our first patient then received axitinib.
            """);

        Assert.Equal("P2", Assert.Single(record.Drugs, d => d.Name == "everolimus").Patient);
        Assert.Equal("P1", Assert.Single(record.Drugs, d => d.Name == "axitinib").Patient);
    }
}
