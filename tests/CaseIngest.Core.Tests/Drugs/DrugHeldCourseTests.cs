namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug given and later held, withheld, paused or interrupted for a while ("nivolumab was withheld for 3 weeks") was
/// given: the pause is no second, not-given fact. A hold with no end, and a drug held that the report never showed given,
/// stay not-given.
/// </summary>
public sealed class DrugHeldCourseTests
{
    [Theory]
    [InlineData("Pembrolizumab 200 mg every 3 weeks was started. After four cycles, pembrolizumab was held for two weeks because of colitis.", "pembrolizumab")]
    [InlineData("She received nivolumab 240 mg every 2 weeks. Nivolumab was withheld for 3 weeks because of hepatitis and then resumed.", "nivolumab")]
    [InlineData("Lenalidomide was given at 25 mg daily. During the pneumonia, lenalidomide was temporarily paused.", "lenalidomide")]
    [InlineData("He was treated with sunitinib 50 mg daily. Sunitinib was interrupted for ten days for hand-foot syndrome.", "sunitinib")]
    [InlineData("Atezolizumab was administered every 3 weeks. In March, atezolizumab was temporarily put on hold for pneumonitis.", "atezolizumab")]
    [InlineData("Osimertinib 80 mg daily was initiated. Two months later we withheld osimertinib until the interstitial lung disease resolved.", "osimertinib")]
    public void ADrugHeldAfterItWasGivenStaysOneGivenFact(string text, string generic)
    {
        var drugs = DrugFacts.Of(text);
        Assert.DoesNotContain(drugs, d => d.Name == generic && d.Status == "not-given");
        Assert.Single(drugs, d => d.Name == generic && d.Status == "given");
    }

    [Theory]
    [InlineData("Carboplatin was given for three cycles. Bevacizumab was withheld because of the hemoptysis.", "bevacizumab")]
    [InlineData("Ibrutinib was held before the operation.", "ibrutinib")]
    [InlineData("Pembrolizumab was given every 3 weeks for a year. Pembrolizumab was then held indefinitely because of pneumonitis.", "pembrolizumab")]
    [InlineData("She received durvalumab 10 mg/kg every 2 weeks. After the colitis, durvalumab was permanently withheld.", "durvalumab")]
    [InlineData("Docetaxel was administered. Trastuzumab was withheld given the low ejection fraction.", "trastuzumab")]
    public void AHoldWithNoEndOrOfADrugNeverGivenStaysNotGiven(string text, string generic)
    {
        Assert.Contains(DrugFacts.Of(text), d => d.Name == generic && d.Status == "not-given");
    }
}
