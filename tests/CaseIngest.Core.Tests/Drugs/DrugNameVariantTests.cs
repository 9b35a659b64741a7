namespace CaseIngest.Core.Tests.Drugs;

/// <summary>Drug names as case reports misspell or combine them.</summary>
public sealed class DrugNameVariantTests
{
    [Theory]
    [InlineData("She also received zolendronic acid every 4 weeks.", "zoledronic acid")]
    [InlineData("Monthly zolendronate was continued.", "zoledronic acid")]
    [InlineData("He was treated with nab-paclitaxel and gemcitabine.", "paclitaxel")]
    [InlineData("Maintenance S-1 chemotherapy was started.", "tegafur")]
    [InlineData("G-CSF was given for neutropenia.", "filgrastim")]
    [InlineData("Oxaliplatine was added to the regimen.", "oxaliplatin")]
    [InlineData("Pembrolizumab and lenvatinib were started.", "lenvatinib")]
    public void VariantNamesMapToTheGenericName(string text, string generic)
    {
        Assert.Equal("given", DrugFacts.Single(text, generic).Status);
    }
}
