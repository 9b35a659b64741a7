using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Radiotherapy;

/// <summary>
/// A course recommended or planned without a dose and then given is one given course; a plan stated after a given course,
/// or of another site, is a course of its own.
/// </summary>
public sealed class RadiotherapyExecutedPlanTests
{
    [Theory]
    [InlineData("Concurrent chemoradiotherapy was recommended. He received 60 Gy in 30 fractions with intensity-modulated radiotherapy.")]
    [InlineData("Adjuvant radiotherapy to the breast was planned. She received 40 Gy in 15 fractions to the left breast in June.")]
    [InlineData("Postoperative radiotherapy was recommended by the tumour board. A total of 50.4 Gy in 28 fractions was delivered.")]
    public void APlanWithoutADoseThatIsThenGivenIsOneGivenCourse(string text)
    {
        var course = Assert.Single(Engines.Extract(text).Radiotherapy);
        Assert.Equal(TreatmentStatus.Given, course.Status);
    }

    [Theory]
    [InlineData("She received 30 Gy in 10 fractions to the spine. Radiotherapy to the brain is planned.")]
    [InlineData("He received 20 Gy in 5 fractions to the pelvis. Further radiotherapy was planned if the pain recurred.")]
    public void APlanStatedAfterTheGivenCourseStays(string text) =>
        Assert.Contains(Engines.Extract(text).Radiotherapy, c => c.Status == TreatmentStatus.Planned);
}
