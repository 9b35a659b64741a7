using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Radiotherapy;

/// <summary>Radiation doses and targets as authors write them: any case of Gy, slashes and abbreviations, targets after the dose.</summary>
public sealed class RadiotherapyNumberTests
{
    private static RadiotherapyFact Single(string text)
    {
        var courses = Engines.Extract(text).Radiotherapy;
        Assert.True(courses.Count == 1, $"expected one course, found {courses.Count}: {string.Join("; ", courses.Select(c => $"{c.Status} {c.TotalDoseGy}/{c.Fractions} {c.Site}"))}");
        return courses[0];
    }

    [Theory]
    [InlineData("Adjuvant radiotherapy (5,600 cGY in 28 fractions) was completed.", 56.0, 28)]
    [InlineData("Adjuvant radiotherapy (5,600 CGY in 28 fractions) was completed.", 56.0, 28)]
    [InlineData("She received radiotherapy of 45 GY in 25 fractions.", 45.0, 25)]
    [InlineData("SBRT was delivered as 40 Gy/5 fractions.", 40.0, 5)]
    [InlineData("SBRT was delivered, 40 Gy in 5 fx.", 40.0, 5)]
    [InlineData("She received radiotherapy with 36 Gy in 12 Fx.", 36.0, 12)]
    public void DoseUnitsAndFractionsAreReadWhateverTheirCase(string text, double total, int fractions)
    {
        var course = Single(text);
        Assert.Equal(total, course.TotalDoseGy);
        Assert.Equal(fractions, course.Fractions);
    }

    [Theory]
    [InlineData("Palliative radiotherapy, 30 Gy to the left femur, relieved the pain.", "left femur")]
    [InlineData("She then received 36 Gy in 12 fractions to the right thigh.", "right thigh")]
    [InlineData("Radiotherapy was given at 20 Gy in 5 fractions to the thoracic spine.", "thoracic spine")]
    [InlineData("He underwent SBRT to the left lower lobe metastasis.", "left lower lobe metastasis")]
    [InlineData("Radiotherapy (30 Gy/10 fractions) was delivered; the target was the pelvis.", "pelvis")]
    [InlineData("Radiotherapy of 30 Gy in 10 fractions was administered, targeting the sacral mass.", "sacral mass")]
    public void TheTargetIsReadAfterTheDose(string text, string site)
    {
        Assert.Equal(site, Single(text).Site);
    }

    [Fact]
    public void TwoTargetsWithoutDosesInOneSentenceAreTwoCourses()
    {
        var courses = Engines.Extract("She started radiotherapy to the left orbit, and radiotherapy to the pituitary gland was added later.").Radiotherapy;
        Assert.Equal(["left orbit", "pituitary gland"], courses.Select(c => c.Site).Order().ToList());
    }

    [Fact]
    public void AMentionWithoutATargetStaysWithTheCourse()
    {
        var courses = Engines.Extract("Radiotherapy to the spine was given, and the radiotherapy was well tolerated.").Radiotherapy;
        Assert.Equal("spine", Assert.Single(courses).Site);
    }
}
