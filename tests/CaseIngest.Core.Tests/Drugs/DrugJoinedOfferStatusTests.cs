using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug joined by "and", "plus" or "together with" to a drug offered, planned or declined, after that drug's own dose
/// and schedule, shares its status ("She was offered six cycles of carboplatin at an AUC of 5 every three weeks and
/// paclitaxel"); a drug told in a clause of its own after the plan ("…, and paclitaxel was started") keeps its own.
/// </summary>
public sealed class DrugJoinedOfferStatusTests
{
    [Theory]
    [InlineData("She was offered six cycles of carboplatin at an AUC of 5 on day 1 every three weeks and paclitaxel 175 mg/m2.", "carboplatin", "paclitaxel", TreatmentStatus.Planned)]
    [InlineData("He was offered six cycles of adjuvant carboplatin every three weeks together with weekly paclitaxel.", "carboplatin", "paclitaxel", TreatmentStatus.Planned)]
    [InlineData("The team recommended four cycles of docetaxel 75 mg/m2 every three weeks plus cyclophosphamide 600 mg/m2.", "docetaxel", "cyclophosphamide", TreatmentStatus.Planned)]
    [InlineData("She declined adjuvant capecitabine at 1250 mg/m2 twice daily for two weeks of every three and oxaliplatin.", "capecitabine", "oxaliplatin", TreatmentStatus.NotGiven)]
    public void ADrugJoinedToAnOfferAfterItsScheduleSharesItsStatus(string text, string first, string second, string status)
    {
        Assert.Equal(status, DrugFacts.Single(text, first).Status);
        Assert.Equal(status, DrugFacts.Single(text, second).Status);
    }

    [Theory]
    [InlineData("She was offered carboplatin at an AUC of 5 every three weeks, and paclitaxel was started in May.", "paclitaxel")]
    [InlineData("Carboplatin every three weeks was planned, but she received weekly paclitaxel instead.", "paclitaxel")]
    [InlineData("She was offered carboplatin at an AUC of 5 every three weeks and paclitaxel was given weekly from May.", "paclitaxel")]
    public void ADrugInAClauseOfItsOwnKeepsItsStatus(string text, string generic) =>
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, generic).Status);
}
