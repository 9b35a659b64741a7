namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Neutropenic sepsis is one event (CTCAE sepsis), not a neutropenia and a sepsis; a presentation dated by the day of
/// a cycle ("on day 10 she was admitted with") is a new episode of the treatment before it.
/// </summary>
public sealed class AdverseEventNeutropenicSepsisTests
{
    [Theory]
    [InlineData("He received docetaxel. He developed neutropenic sepsis after the first cycle.", "docetaxel", "neutropenic sepsis:-:docetaxel")]
    [InlineData("She received carboplatin and etoposide. After the first cycle she was admitted with neutropenic sepsis.", "carboplatin,etoposide", "neutropenic sepsis:-:carboplatin+etoposide")]
    [InlineData("He was treated with FLAG-Ida chemotherapy including cytarabine. Induction was complicated by grade 4 neutropaenic sepsis.", "cytarabine", "neutropenic sepsis:4:cytarabine")]
    public void NeutropenicSepsisIsOneEvent(string text, string drugs, string expected)
    {
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
        Assert.Equal("Sepsis", Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents).CtcaeTerm);
    }

    [Theory]
    [InlineData("She received carboplatin and etoposide. On day 10 she was admitted with febrile neutropenia.", "carboplatin,etoposide", "febrile neutropenia:-:carboplatin+etoposide")]
    [InlineData("He was started on gemcitabine. On day 15 of the second cycle he presented with dyspnoea and haemolysis.", "gemcitabine", "dyspnea:-:gemcitabine; hemolysis:-:gemcitabine")]
    public void APresentationDatedByTheDayOfACycleIsANewEpisode(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("On day 3 of admission she presented with fever and chills. Ceftriaxone was started.", "Ceftriaxone")]
    public void APresentationBeforeAnyTreatmentStaysOut(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));
}
