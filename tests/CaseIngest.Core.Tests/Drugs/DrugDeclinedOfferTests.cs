using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug proposed or offered and then declined by the patient ("…, but she declined it") is not given, whether the
/// refusal ends its clause or names the drug by a pronoun; a refusal of something else, later in the clause, is not.
/// </summary>
public sealed class DrugDeclinedOfferTests
{
    [Theory]
    [InlineData("Bevacizumab was proposed with the postoperative chemotherapy, but she declined it.", "bevacizumab")]
    [InlineData("Adjuvant imatinib was offered for three years, but the patient refused it.", "imatinib")]
    [InlineData("Maintenance rituximab and lenalidomide were offered, but he refused them.", "lenalidomide")]
    [InlineData("Adjuvant capecitabine was proposed, but she declined.", "capecitabine")]
    public void ADrugProposedAndDeclinedIsNotGiven(string text, string generic) =>
        Assert.Equal(TreatmentStatus.NotGiven, DrugFacts.Single(text, generic).Status);

    [Theory]
    [InlineData("Pembrolizumab was given every 3 weeks, but she declined it after four cycles because of fatigue.", "pembrolizumab")]
    [InlineData("Letrozole was started, but she declined the offer of a trial.", "letrozole")]
    public void ADrugGivenBeforeARefusalOfSomethingElseStaysGiven(string text, string generic) =>
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, generic).Status);
}
