using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug set aside for another ("in place of", "in preference to", "was chosen over", "X was substituted for Y") was not
/// given while the one chosen was; a drug put forward that the patient set aside for watchful care ("was recommended,
/// but she chose surveillance", "opted for observation", "preferred best supportive care") or never took ("was
/// prescribed but she never took it", "was not commenced", "was advised, but the patient did not accept") was not
/// given; a drug the patient is due to start, one that had been planned, advised or is being arranged is planned.
/// </summary>
public sealed class DrugSetAsideStatusTests
{
    [Theory]
    [InlineData("Denosumab was given in place of zoledronic acid.", "denosumab", "zoledronic acid")]
    [InlineData("Panitumumab was given in preference to cetuximab.", "panitumumab", "cetuximab")]
    [InlineData("Osimertinib was chosen over erlotinib.", "osimertinib", "erlotinib")]
    [InlineData("Carboplatin was substituted for cisplatin because of his hearing loss.", "carboplatin", "cisplatin")]
    [InlineData("Paclitaxel was preferred over docetaxel in view of her oedema.", "paclitaxel", "docetaxel")]
    public void ADrugSetAsideForAnotherIsNotGivenAndTheOtherIsGiven(string text, string chosen, string setAside)
    {
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, chosen).Status);
        Assert.Equal(TreatmentStatus.NotGiven, DrugFacts.Single(text, setAside).Status);
    }

    [Theory]
    [InlineData("Adjuvant gemcitabine was recommended, but she chose surveillance.", "gemcitabine")]
    [InlineData("Docetaxel was proposed, but the patient preferred best supportive care.", "docetaxel")]
    [InlineData("Adjuvant capecitabine was offered, but he opted for observation.", "capecitabine")]
    [InlineData("Capecitabine was prescribed but she never took it.", "capecitabine")]
    [InlineData("Nivolumab was not commenced because of the patient's frailty.", "nivolumab")]
    [InlineData("Sunitinib was advised, but the patient did not accept.", "sunitinib")]
    public void ADrugPutForwardAndSetAsideIsNotGiven(string text, string generic) =>
        Assert.Equal(TreatmentStatus.NotGiven, DrugFacts.Single(text, generic).Status);

    [Theory]
    [InlineData("She is due to start nivolumab next week.", "nivolumab")]
    [InlineData("Durvalumab is due to begin after the radiotherapy.", "durvalumab")]
    [InlineData("Adjuvant gemcitabine had been planned for the following month.", "gemcitabine")]
    [InlineData("Sunitinib therapy is being arranged.", "sunitinib")]
    [InlineData("Adjuvant letrozole was advised.", "letrozole")]
    public void ADrugDueToStartAdvisedOrArrangedIsPlanned(string text, string generic) =>
        Assert.Equal(TreatmentStatus.Planned, DrugFacts.Single(text, generic).Status);

    [Theory]
    [InlineData("She received capecitabine, and surveillance imaging was clear.", "capecitabine")]
    [InlineData("Osimertinib was given, and she was later placed under observation.", "osimertinib")]
    public void ADrugGivenBesideWatchfulCareIsGiven(string text, string generic) =>
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, generic).Status);
}
