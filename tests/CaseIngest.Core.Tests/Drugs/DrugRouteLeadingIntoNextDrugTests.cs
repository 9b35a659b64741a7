namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A route adjective that opens the words leading into the next drug ("combined with intrathecal injection of
/// methotrexate", "with intrathecal prophylaxis with cytarabine", "alongside subcutaneous injections of goserelin")
/// is that drug's route, not the route of the drugs named before it. A route adverb or abbreviation after a drug stays
/// its own, and a route before the first drug of a list reaches the list.
/// </summary>
public sealed class DrugRouteLeadingIntoNextDrugTests
{
    [Theory]
    [InlineData("He received four courses of rituximab combined with intrathecal injection of methotrexate and dexamethasone.", "rituximab")]
    [InlineData("He continues maintenance on thioguanine, vincristine and methotrexate with intrathecal prophylaxis with cytarabine and prednisolone.", "thioguanine")]
    [InlineData("He continues maintenance on thioguanine, vincristine and methotrexate with intrathecal prophylaxis with cytarabine and prednisolone.", "vincristine")]
    [InlineData("He continues maintenance on thioguanine, vincristine and methotrexate with intrathecal prophylaxis with cytarabine and prednisolone.", "methotrexate")]
    [InlineData("Imatinib was continued alongside subcutaneous injections of goserelin.", "imatinib")]
    [InlineData("Tamoxifen was started together with a monthly intramuscular injection of leuprorelin.", "tamoxifen")]
    public void ARouteLeadingIntoTheNextDrugIsNotTheRouteOfTheDrugsBefore(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Route);

    [Theory]
    [InlineData("He received four courses of rituximab combined with intrathecal injection of methotrexate and dexamethasone.", "methotrexate", "intrathecal")]
    [InlineData("He continues maintenance on thioguanine, vincristine and methotrexate with intrathecal prophylaxis with cytarabine and prednisolone.", "cytarabine", "intrathecal")]
    [InlineData("Imatinib was continued alongside subcutaneous injections of goserelin.", "goserelin", "subcutaneous")]
    [InlineData("Cisplatin was given intravenously together with pemetrexed.", "cisplatin", "intravenous")]
    [InlineData("She received methotrexate intrathecally with cytarabine.", "methotrexate", "intrathecal")]
    [InlineData("Intrathecal methotrexate, cytarabine and hydrocortisone were given weekly.", "cytarabine", "intrathecal")]
    [InlineData("Bortezomib 1.3 mg/m2 was given subcutaneously with dexamethasone 20 mg.", "bortezomib", "subcutaneous")]
    public void ARouteStaysWithTheDrugItsWordsDescribe(string text, string generic, string route) =>
        Assert.Equal(route, DrugFacts.Single(text, generic).Route);
}
