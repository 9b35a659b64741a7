namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug to which consideration was given ("consideration was given to switching to brentuximab vedotin", "consideration was
/// also given to adding rituximab") was considered, not given; a drug given after a consideration of something else
/// stays given.
/// </summary>
public sealed class DrugConsideredAlternativeTests
{
    [Theory]
    [InlineData("In view of her age, consideration was given to switching to brentuximab vedotin.", "brentuximab vedotin")]
    [InlineData("Consideration was given to switching to cabozantinib, but the disease remained stable.", "cabozantinib")]
    [InlineData("Consideration was also given to adding rituximab.", "rituximab")]
    [InlineData("Given the marrow involvement, consideration was given to intrathecal methotrexate.", "methotrexate")]
    public void ADrugGivenConsiderationWasNotGiven(string text, string generic) =>
        Assert.Equal("not-given", DrugFacts.Single(text, generic).Status);

    [Theory]
    [InlineData("After careful consideration, she was given pembrolizumab.", "pembrolizumab")]
    [InlineData("Consideration was given to her renal function, and carboplatin was dosed at AUC 4.", "carboplatin")]
    [InlineData("Chemotherapy with doxorubicin and dacarbazine was started; consideration was given to adding bleomycin at a later stage.", "doxorubicin")]
    public void ADrugGivenBesideAConsiderationStaysGiven(string text, string generic) =>
        Assert.Equal("given", DrugFacts.Single(text, generic).Status);
}
