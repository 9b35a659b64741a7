namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A route written in the own words of one drug of a list ("bortezomib 1.3 mg/m2 subcutaneously, lenalidomide 25 mg …")
/// is that drug's, not the route of the regimen or of the drugs before it; a route after the whole list is every drug's.
/// </summary>
public sealed class DrugListMemberRouteTests
{
    [Theory]
    [InlineData("He received VRd (bortezomib 1.3 mg/m2 subcutaneously, lenalidomide 25 mg and dexamethasone 20 mg) in 21-day cycles.", "lenalidomide", null)]
    [InlineData("He received VRd (bortezomib 1.3 mg/m2 subcutaneously, lenalidomide 25 mg and dexamethasone 20 mg) in 21-day cycles.", "dexamethasone", null)]
    [InlineData("He received VRd (bortezomib 1.3 mg/m2 subcutaneously, lenalidomide 25 mg and dexamethasone 20 mg) in 21-day cycles.", "bortezomib", "subcutaneous")]
    [InlineData("She was given GEMOX (gemcitabine 1000 mg/m2 intravenously on day 1 and oxaliplatin 100 mg/m2 on day 2) every 2 weeks.", "oxaliplatin", null)]
    [InlineData("Cisplatin and etoposide were given intravenously.", "etoposide", "intravenous")]
    [InlineData("Cisplatin and etoposide were given intravenously.", "cisplatin", "intravenous")]
    public void ARouteInTheOwnWordsOfALaterDrugOfTheListIsThatDrugs(string text, string generic, string? route) =>
        Assert.Equal(route, DrugFacts.Single(text, generic).Route);
}
