using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Radiotherapy;

/// <summary>
/// How a course is told: its aim after "to" is no target ("radiotherapy to reduce the risk of relapse"), a course only
/// put forward as a general option or turned down in the next sentence is not given, a dose counted per session is the
/// dose of each fraction, a limit kept for an organ at risk and a plan compared in planning are no courses.
/// </summary>
public sealed class RadiotherapyCourseWordingTests
{
    private const string Case = "Case presentation\nA 61-year-old patient had a resected carcinoma. ";

    [Theory]
    [InlineData("After excision she received adjuvant radiotherapy to reduce the chance of local relapse.", "reduce")]
    [InlineData("Postoperative radiotherapy to achieve durable local control was delivered, 60 Gy in 30 fractions.", "achieve")]
    [InlineData("He was given palliative radiotherapy to relieve the pain, 20 Gy in 5 fractions.", "relieve")]
    [InlineData("Radiotherapy to minimise the risk of a local recurrence followed the operation.", "minimise")]
    [InlineData("She had a short course of radiotherapy to control the bleeding from the mass.", "control")]
    public void TheAimOfACourseIsNoTarget(string sentence, string aim)
    {
        var course = Assert.Single(Engines.Extract(Case + sentence).Radiotherapy);
        Assert.True(course.Site is null || !course.Site.Contains(aim, StringComparison.OrdinalIgnoreCase), course.Site);
    }

    [Theory]
    [InlineData("She received radiotherapy to the left breast, 50 Gy in 25 fractions.", "left breast")]
    [InlineData("He completed radiotherapy to brain, 30 Gy in 10 fractions.", "brain")]
    [InlineData("Radiotherapy to bone lesions of the pelvis was given, 8 Gy in one fraction.", "bone lesions")]
    public void ATargetAfterToIsStillRead(string sentence, string site)
    {
        var course = Assert.Single(Engines.Extract(Case + sentence).Radiotherapy);
        Assert.NotNull(course.Site);
        Assert.StartsWith(site, course.Site, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Abstract\nSurgery is the main treatment of this tumour; radiotherapy can be considered for residual disease.\n\nCase presentation\nA 45-year-old woman had the tumour excised completely.")]
    [InlineData("Abstract\nStereotactic radiotherapy should be considered when an operation is not possible.\n\nCase presentation\nA 70-year-old man had the nodule removed.")]
    public void ACourseOnlyPutForwardAsAnOptionIsNotGiven(string text)
    {
        Assert.DoesNotContain(Engines.Extract(text).Radiotherapy, c => c.Status == TreatmentStatus.Given);
    }

    [Theory]
    [InlineData("She was advised to undergo adjuvant radiotherapy. However, she declined it and chose observation.")]
    [InlineData("Postoperative radiotherapy was discussed with him. He refused further treatment and was followed in clinic.")]
    [InlineData("Adjuvant radiotherapy to the chest wall was recommended to her. The patient declined, preferring regular follow-up.")]
    [InlineData("She was offered radiotherapy again, but she continued to refuse.")]
    [InlineData("Radiotherapy to the orbit was advised, but she did not perform it.")]
    [InlineData("He keeps refusing radiotherapy to the residual mass.")]
    public void ACourseTurnedDownInTheNextSentenceOrStillRefusedIsNotGiven(string sentence)
    {
        var record = Engines.Extract(Case + sentence);
        Assert.NotEmpty(record.Radiotherapy);
        Assert.All(record.Radiotherapy, c => Assert.Equal(TreatmentStatus.NotGiven, c.Status));
    }

    [Theory]
    [InlineData("She received adjuvant radiotherapy. She declined further chemotherapy afterwards.")]
    [InlineData("He underwent radiotherapy to the pelvis, 45 Gy in 25 fractions. He refused the planned boost of chemotherapy.")]
    [InlineData("Radiotherapy was given to the tumour bed. The patient refused a second operation.")]
    public void ACourseToldAsDeliveredStaysGivenWhateverIsTurnedDownNext(string sentence)
    {
        Assert.Contains(Engines.Extract(Case + sentence).Radiotherapy, c => c.Status == TreatmentStatus.Given);
    }

    [Theory]
    [InlineData("Adjuvant radiotherapy remains the mainstay of local control for this tumour.")]
    [InlineData("High-dose radiotherapy can improve local control and relieve pain.")]
    [InlineData("Proton therapy has been used for tumours near the optic pathway.")]
    public void AStatementOfWhatRadiotherapyDoesInGeneralIsNoCourse(string sentence)
    {
        Assert.Empty(Engines.Extract("A 52-year-old woman had a chondrosarcoma of the sacrum resected. " + sentence).Radiotherapy);
    }

    [Theory]
    [InlineData("Radiotherapy is planned for the residual tumour.", TreatmentStatus.Planned)]
    [InlineData("She is receiving radiotherapy to the sacrum.", TreatmentStatus.Given)]
    [InlineData("Postoperative radiotherapy was given, and she remains well.", TreatmentStatus.Given)]
    public void ACourseOfTheCaseToldInThePresentIsKept(string sentence, string status)
    {
        Assert.Contains(Engines.Extract("A 52-year-old woman had a chondrosarcoma of the sacrum resected. " + sentence).Radiotherapy, c => c.Status == status);
    }

    [Theory]
    [InlineData("After the operation she underwent 25 times of radiotherapy (dose: 50 Gy).", 50, 25)]
    public void ACountOfTimesBeforeTheCourseIsItsFractions(string sentence, double total, int fractions)
    {
        var course = Assert.Single(Engines.Extract(Case + sentence).Radiotherapy);
        Assert.Equal(total, course.TotalDoseGy);
        Assert.Equal(fractions, course.Fractions);
    }

    [Theory]
    [InlineData("He was treated with radiotherapy, delivered in 25 sessions at a dose of 2 Gy, to a total of 50 Gy.", 50, 25, 2)]
    [InlineData("Radiotherapy was given in 28 sessions at a dose of 1.8 Gy each.", 50.4, 28, 1.8)]
    [InlineData("She had radiotherapy over 15 fractions with a dose of 2.67 Gy per fraction.", 40.05, 15, 2.67)]
    public void ADoseCountedPerSessionIsTheDoseOfEachFraction(string sentence, double total, int fractions, double perFraction)
    {
        var course = Assert.Single(Engines.Extract(Case + sentence).Radiotherapy);
        Assert.Equal(total, course.TotalDoseGy);
        Assert.Equal(fractions, course.Fractions);
        Assert.Equal(perFraction, course.DosePerFractionGy);
    }

    [Theory]
    [InlineData("She received 45 Gy in 25 fractions to the pelvis; the dose to the transplanted kidney was kept below 15 Gy.")]
    [InlineData("He received 60 Gy in 30 fractions, with the spinal cord planned to receive less than 45 Gy.")]
    [InlineData("She received 50 Gy in 25 fractions; the contralateral parotid was held under 26 Gy.")]
    public void ALimitForAnOrganAtRiskIsNoCourse(string sentence)
    {
        Assert.Single(Engines.Extract(Case + sentence).Radiotherapy);
    }

    [Theory]
    [InlineData("Her IMRT and proton plans were compared, and she received proton therapy, 50 Gy in 25 fractions, to the chest wall.", "proton")]
    [InlineData("A VMAT plan was drawn up beside the proton plan; proton therapy was delivered, 54 Gy in 30 fractions.", "proton")]
    public void APlanComparedInPlanningIsNoCourse(string sentence, string technique)
    {
        var course = Assert.Single(Engines.Extract(Case + sentence).Radiotherapy);
        Assert.Equal(technique, course.Technique);
    }

    [Fact]
    public void ACourseWrittenInGrayWithTheFiguresOfCentigrayIsReadInGray()
    {
        var course = Assert.Single(Engines.Extract(Case + "She had whole-breast radiotherapy (5,000 Gy in 25 fractions) after the lumpectomy.").Radiotherapy);
        Assert.Equal(50, course.TotalDoseGy);
        Assert.Equal(2, course.DosePerFractionGy);
    }
}
