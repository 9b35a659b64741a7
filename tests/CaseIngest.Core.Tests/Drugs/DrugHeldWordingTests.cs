using CaseIngest.Core.Extraction.Drugs;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// The words right after a drug's mention that tell it held, withheld, paused or interrupted ("was withheld",
/// "(240 mg) had been interrupted", "was put on hold") are read by one reader, for the drug's course and for the events
/// tied to it; a hold denied ("was not held") or a start ("was started") is none.
/// </summary>
public sealed class DrugHeldWordingTests
{
    [Theory]
    [InlineData("Nivolumab was withheld after the fourth dose.", "Nivolumab")]
    [InlineData("Capecitabine was temporarily held.", "Capecitabine")]
    [InlineData("Sunitinib and axitinib were interrupted for a week.", "axitinib")]
    [InlineData("Cetuximab (400 mg/m2) had been interrupted on day 8.", "Cetuximab")]
    [InlineData("Lenalidomide has been paused since the admission.", "Lenalidomide")]
    [InlineData("Ruxolitinib, was put on hold during the infection.", "Ruxolitinib")]
    [InlineData("Atezolizumab was promptly suspended.", "Atezolizumab")]
    [InlineData("Everolimus is on hold until the wound heals.", "Everolimus")]
    public void TheWordsAfterADrugThatTellItHeldAreRead(string text, string drug)
    {
        var end = text.IndexOf(drug, StringComparison.Ordinal) + drug.Length;
        Assert.True(DrugHeldWording.After(text, end));
    }

    [Theory]
    [InlineData("Nivolumab was started after the fourth dose of ipilimumab.", "Nivolumab")]
    [InlineData("Capecitabine was not held despite the diarrhoea.", "Capecitabine")]
    [InlineData("Imatinib was never interrupted.", "Imatinib")]
    [InlineData("Olaparib was continued, and the anaemia was held in check with transfusions.", "Olaparib")]
    [InlineData("Pazopanib dosing was reduced and held in reserve.", "Pazopanib")]
    public void OtherWordsAfterADrugAreNoHold(string text, string drug)
    {
        var end = text.IndexOf(drug, StringComparison.Ordinal) + drug.Length;
        Assert.False(DrugHeldWording.After(text, end));
    }
}
