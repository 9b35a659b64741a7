namespace CaseIngest.Core.Tests.Drugs;

/// <summary>A chemotherapy continued "for six courses" in a later sentence that names no drug counts for the one regimen named before.</summary>
public sealed class DrugContinuedCourseTests
{
    private const string OneRegimen =
        "Chemotherapy with carboplatin (AUC 5 on day 1) and pemetrexed (500 mg/m2 on day 1) was planned. " +
        "On day 5 she developed a pulmonary embolism. " +
        "Anticoagulation was started. " +
        "Her dyspnoea improved over the following week. " +
        "Repeat echocardiography was normal. " +
        "She was discharged home on day 16. " +
        "Three weeks later she resumed her chemotherapy, which was continued (first-line treatment) for four courses.";

    [Theory]
    [InlineData("carboplatin")]
    [InlineData("pemetrexed")]
    public void TheCountReachesTheOneRegimenNamedBefore(string generic)
    {
        Assert.Equal(4, DrugFacts.Single(OneRegimen, generic).Cycles);
    }

    [Fact]
    public void TwoRegimensNamedBeforeLeaveTheCountUnassigned()
    {
        var drugs = DrugFacts.Of(
            "She first received gemcitabine and cisplatin. " +
            "At progression she was switched to docetaxel. " +
            "After a short break the chemotherapy was continued for five cycles.");
        Assert.All(drugs, d => Assert.Null(d.Cycles));
    }
}
