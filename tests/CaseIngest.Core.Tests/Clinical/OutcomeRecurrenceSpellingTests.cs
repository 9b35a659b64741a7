namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A recurrence whose subject or "of" names the diagnosed disease is one however the report spells the name: the
/// vocabulary's American spelling and the British one ("leukaemia", "haemorrhage", "anaemia") name the same disease.
/// </summary>
public sealed class OutcomeRecurrenceSpellingTests
{
    [Theory]
    [InlineData("A 45-year-old man was diagnosed with acute myeloid leukaemia and received cytarabine and daunorubicin. Six months later the leukaemia relapsed.")]
    [InlineData("A 51-year-old woman with chronic lymphocytic leukaemia was treated with ibrutinib. After two years her leukaemia relapsed.")]
    [InlineData("A 38-year-old woman was diagnosed with autoimmune haemolytic anaemia and given prednisolone. The anaemia relapsed when the dose was tapered.")]
    public void ARecurrenceNamingTheDiseaseInBritishSpellingIsOne(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Outcomes, o => o.Kind == "recurrence");

    [Theory]
    [InlineData("A 38-year-old woman was diagnosed with autoimmune haemolytic anaemia and given prednisolone. Her headaches relapsed when the dose was tapered.")]
    [InlineData("A 45-year-old man was diagnosed with acute myeloid leukaemia and received cytarabine. His oedema relapsed after the diuretic was stopped.")]
    public void ARecurrenceOfSomethingOnlyDescribedIsNone(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "recurrence");
}
