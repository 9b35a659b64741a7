namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A count of tablets or capsules ("two tablets three times a day", "3 pills per 6 hours") is no amount of drug: the drug
/// has no dose unless a strength is stated, and the schedule after the count, or after a volume, is still read.
/// </summary>
public sealed class DrugUnitCountTests
{
    [Theory]
    [InlineData("He took 3 pills of ibuprofen every 6 hours.", "ibuprofen", 6.0, "hour")]
    [InlineData("Paracetamol, two tablets three times a day, was advised.", "paracetamol", 0.33, "day")]
    [InlineData("She took 1 capsule of omeprazole twice daily.", "omeprazole", 0.5, "day")]
    [InlineData("He had been taking two tablets of tramadol every 8 hours.", "tramadol", 8.0, "hour")]
    [InlineData("Amoxicillin one capsule every 12 hours was prescribed.", "amoxicillin", 12.0, "hour")]
    [InlineData("Trimethoprim-sulfamethoxazole (2 tablets per 8 hours) was started.", "trimethoprim", 8.0, "hour")]
    [InlineData("He took ibuprofen, 2 pills per 6 hours, for the pain.", "ibuprofen", 6.0, "hour")]
    [InlineData("Fluconazole 400 mg per 24 hours was given intravenously.", "fluconazole", 24.0, "hour")]
    public void AScheduleAfterACountOfUnitsIsRead(string text, string generic, double every, string unit)
    {
        var fact = DrugFacts.Single(text, generic);
        Assert.Equal((every, unit), (fact.Frequency?.Every, fact.Frequency?.Unit));
    }

    [Theory]
    [InlineData("He took 3 pills of ibuprofen every 6 hours.", "ibuprofen")]
    [InlineData("Paracetamol, two tablets three times a day, was advised.", "paracetamol")]
    [InlineData("Trimethoprim-sulfamethoxazole (2 tablets per 8 hours) was started.", "sulfamethoxazole")]
    public void ACountOfUnitsIsNoDose(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Dose);
    }

    [Theory]
    [InlineData("Prednisone was tapered by 5 mg per 2 weeks.", "prednisone")]
    [InlineData("Levetiracetam was increased by 250 mg per 3 days.", "levetiracetam")]
    public void AStepOfATaperIsNoSchedule(string text, string generic)
    {
        Assert.Null(DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("He took two 500 mg tablets of metformin twice daily.", "metformin")]
    [InlineData("Prednisolone 5 mg tablets, two daily, were prescribed.", "prednisolone")]
    public void AStrengthStatedWithTheCountKeepsADose(string text, string generic)
    {
        Assert.NotNull(DrugFacts.Single(text, generic).Dose);
    }

    [Theory]
    [InlineData("Lactulose 15 mL twice daily was given.", "lactulose", 0.5, "day")]
    [InlineData("Nadroparin 0.6 ml daily was started.", "nadroparin", 1.0, "day")]
    public void TheScheduleAfterAVolumeIsRead(string text, string generic, double every, string unit)
    {
        var fact = DrugFacts.Single(text, generic);
        Assert.Equal((every, unit), (fact.Frequency?.Every, fact.Frequency?.Unit));
    }
}
