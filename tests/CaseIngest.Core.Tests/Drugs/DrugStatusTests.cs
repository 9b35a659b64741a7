using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Extraction.Drugs;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

public sealed class DrugStatusTests
{
    [Theory]
    [InlineData("He received pembrolizumab for two years.", "pembrolizumab", TreatmentStatus.Given)]
    [InlineData("Ipilimumab was considered too toxic for her.", "ipilimumab", TreatmentStatus.NotGiven)]
    [InlineData("Further docetaxel was precluded by her poor performance status.", "docetaxel", TreatmentStatus.NotGiven)]
    [InlineData("Adjuvant nivolumab was deferred until recovery.", "nivolumab", TreatmentStatus.NotGiven)]
    [InlineData("The patient declined cisplatin.", "cisplatin", TreatmentStatus.NotGiven)]
    [InlineData("Cabozantinib will remain an option at progression.", "cabozantinib", TreatmentStatus.NotGiven)]
    [InlineData("Bevacizumab was withheld because of bleeding.", "bevacizumab", TreatmentStatus.NotGiven)]
    [InlineData("Nivolumab was not given because of hepatitis.", "nivolumab", TreatmentStatus.NotGiven)]
    [InlineData("No anticoagulants or heparin were given.", "heparin", TreatmentStatus.NotGiven)]
    [InlineData("She will receive atezolizumab next week.", "atezolizumab", TreatmentStatus.Planned)]
    [InlineData("Durvalumab is scheduled to start in May.", "durvalumab", TreatmentStatus.Planned)]
    [InlineData("Colitis possibly related to nivolumab developed.", "nivolumab", TreatmentStatus.Given)]
    [InlineData("After neutropenia, his pembrolizumab was kept on hold.", "pembrolizumab", TreatmentStatus.NotGiven)]
    [InlineData("The nivolumab has been held indefinitely.", "nivolumab", TreatmentStatus.NotGiven)]
    [InlineData("Durvalumab was held.", "durvalumab", TreatmentStatus.NotGiven)]
    [InlineData("The patient was unable to afford pembrolizumab.", "pembrolizumab", TreatmentStatus.NotGiven)]
    [InlineData("She held the cup while taking prednisone.", "prednisone", TreatmentStatus.Given)]
    public void StatusFollowsTheAssertionOfTheMention(string text, string generic, string status)
    {
        Assert.Equal(status, DrugFacts.Single(text, generic).Status);
    }

    [Theory]
    [InlineData("Because of her frailty it was difficult to administer combination chemotherapy with obinutuzumab, so chlorambucil alone was given.", "obinutuzumab", "chlorambucil")]
    [InlineData("Given his renal function it was difficult to give cisplatin, so carboplatin was used.", "cisplatin", "carboplatin")]
    [InlineData("Owing to her age it was difficult to perform surgery or to start bendamustine with rituximab; oral cyclophosphamide was chosen.", "rituximab", "cyclophosphamide")]
    public void ADrugJudgedDifficultToAdministerIsNotGivenWhileTheAlternativeIs(string text, string precluded, string alternative)
    {
        Assert.Equal(TreatmentStatus.NotGiven, DrugFacts.Single(text, precluded).Status);
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, alternative).Status);
    }

    [Theory]
    [InlineData("It was decided to initiate first-line therapy with carboplatin AUC 5, paclitaxel, and pembrolizumab every 3 weeks.", "carboplatin,paclitaxel,pembrolizumab")]
    [InlineData("We decided to start osimertinib.", "osimertinib")]
    [InlineData("The decision was made to start sotorasib at 960 mg daily.", "sotorasib")]
    public void DrugsADecisionToTreatNamesArePlanned(string text, string names)
    {
        var drugs = DrugFacts.Of(text);
        Assert.Equal(names.Split(','), drugs.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.All(drugs, d => Assert.Equal(TreatmentStatus.Planned, d.Status));
    }

    [Theory]
    [InlineData("We decided to start osimertinib, but gefitinib was given instead.", "gefitinib", TreatmentStatus.Given)]
    [InlineData("It was decided to initiate chemotherapy after he had received prednisone.", "prednisone", TreatmentStatus.Given)]
    public void ADecisionDoesNotReachPastItsClause(string text, string generic, string status)
    {
        Assert.Equal(status, DrugFacts.Single(text, generic).Status);
    }

    [Fact]
    public void APlanThatWasCarriedOutIsOnlyTheGivenFact()
    {
        var drugs = DrugFacts.Of("We decided to start atezolizumab. Atezolizumab was given every 3 weeks without toxicity.");
        var atezolizumab = Assert.Single(drugs, d => d.Name == "atezolizumab");
        Assert.Equal(TreatmentStatus.Given, atezolizumab.Status);
    }

    [Theory]
    [InlineData(Assertion.Affirmed, TreatmentStatus.Given)]
    [InlineData(Assertion.NotGiven, TreatmentStatus.NotGiven)]
    [InlineData(Assertion.Negated, TreatmentStatus.NotGiven)]
    [InlineData(Assertion.Planned, TreatmentStatus.Planned)]
    [InlineData(Assertion.Uncertain, TreatmentStatus.Given)]
    public void AssertionsMapToTreatmentStatus(Assertion assertion, string status)
    {
        Assert.Equal(status, DrugStep.StatusOf(assertion));
    }

    [Fact]
    public void GivenAndDeclinedMentionsOfOneDrugAreSeparateFacts()
    {
        var drugs = DrugFacts.Of("She received cisplatin. Later she declined cisplatin.");
        Assert.Equal([TreatmentStatus.Given, TreatmentStatus.NotGiven], drugs.Select(d => d.Status));
    }
}
