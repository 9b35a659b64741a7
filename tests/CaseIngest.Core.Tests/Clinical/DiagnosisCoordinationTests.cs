namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Modifiers coordinated before one head ("renal and hepatic failure") name one condition each, where the modifier with
/// the head is a name of the vocabularies; a word that is no such modifier adds nothing.
/// </summary>
public sealed class DiagnosisCoordinationTests
{
    [Theory]
    [InlineData("The patient developed renal and hepatic failure.", new[] { "renal failure", "liver failure" })]
    [InlineData("He developed respiratory and renal failure requiring dialysis.", new[] { "respiratory failure", "renal failure" })]
    [InlineData("On day 4 she developed acute hepatic and renal failure.", new[] { "liver failure", "renal failure" })]
    [InlineData("After the second cycle he developed hepatic, respiratory and renal failure.", new[] { "liver failure", "respiratory failure", "renal failure" })]
    public void EachCoordinatedOrganNamesItsOwnFailure(string text, string[] names) =>
        Assert.Equal(names.Order(StringComparer.Ordinal), ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("He developed fever and renal failure.", "renal failure")]
    [InlineData("She developed severe and progressive renal failure.", "renal failure")]
    public void AWordThatNamesNoConditionWithTheHeadAddsNothing(string text, string name) =>
        Assert.Equal([name], ClinicalRun.Run(text).Diagnoses.Select(d => d.Name));

    [Fact]
    public void ADeniedCoordinationNamesNothing() =>
        Assert.Empty(ClinicalRun.Run("There was no evidence of renal or hepatic failure.").Diagnoses);
}
