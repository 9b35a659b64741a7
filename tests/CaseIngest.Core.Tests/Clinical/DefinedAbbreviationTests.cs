using CaseIngest.Core.Extraction;

namespace CaseIngest.Core.Tests.Clinical;

public sealed class DefinedAbbreviationTests
{
    [Theory]
    [InlineData("He underwent percutaneous coronary intervention (PCI) of the left anterior descending artery.", "PCI", "percutaneous coronary intervention")]
    [InlineData("She was given stereotactic body radiation therapy (SBRT) to the liver.", "SBRT", "stereotactic body radiation therapy")]
    [InlineData("An echocardiogram showed a reduced left ventricular ejection fraction (LVEF, 35%).", "LVEF", "left ventricular ejection fraction")]
    [InlineData("Cardiac resynchronization therapy (CRT) was considered.", "CRT", "Cardiac resynchronization therapy")]
    public void ReadsTheLongFormBeforeTheParenthesis(string text, string shortForm, string longForm) =>
        Assert.Equal([longForm], DefinedAbbreviations.Read(text).LongFormsOf(shortForm));

    [Theory]
    [InlineData("Serum ferritin was raised (ALT normal).", "ALT")]
    [InlineData("The tumour was resected (R0).", "R0")]
    [InlineData("She was treated with pembrolizumab (KEYNOTE).", "KEYNOTE")]
    public void AParenthesisWhoseLettersAreNotSpelledBeforeItDefinesNothing(string text, string shortForm) =>
        Assert.Empty(DefinedAbbreviations.Read(text).LongFormsOf(shortForm));

    [Fact]
    public void AnAbbreviationDefinedWithTheLexiconMeaningIsNotDefinedOtherwise()
    {
        var abbreviations = DefinedAbbreviations.Read("He received prophylactic cranial irradiation (PCI) after chemotherapy.");
        Assert.False(abbreviations.DefinesOtherwise("PCI", l => l.Contains("irradiation", StringComparison.OrdinalIgnoreCase)));
        Assert.False(abbreviations.DefinesOtherwise("WBRT", _ => false));
    }
}
