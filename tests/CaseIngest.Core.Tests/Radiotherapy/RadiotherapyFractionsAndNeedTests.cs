using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Radiotherapy;

/// <summary>
/// A fraction count written before a course whose name carries a word of schedule or purpose ("15 fractions of daily
/// radiotherapy", "five fractions of palliative radiotherapy") is its fraction count; a course the text says there
/// was no need or no indication for is not given, while a need affirmed keeps it.
/// </summary>
public sealed class RadiotherapyFractionsAndNeedTests
{
    [Theory]
    [InlineData("Over three weeks he was given 15 fractions of daily radiotherapy to the anal canal, reaching a total dose of 4500 cGy.", 45.0, 15)]
    [InlineData("She received five fractions of palliative radiotherapy to a total dose of 20 Gy to the spine.", 20.0, 5)]
    [InlineData("He completed 28 sessions of adjuvant radiotherapy, to a total dose of 50.4 Gy.", 50.4, 28)]
    [InlineData("He underwent a total of 15 fractions of radiotherapy to a total dose of 45 Gy.", 45.0, 15)]
    public void TheCountBeforeAQualifiedCourseIsItsFractions(string text, double total, int fractions)
    {
        var course = Assert.Single(Engines.Extract("Case presentation\nA 60-year-old had a squamous cell carcinoma. " + text).Radiotherapy);
        Assert.Equal((total, fractions), (course.TotalDoseGy, course.Fractions));
    }

    [Theory]
    [InlineData("After complete excision, the tumour board felt there was no need for adjuvant radiotherapy.")]
    [InlineData("The margins were clear, so there was no indication for postoperative radiotherapy.")]
    [InlineData("Given the clear margins, no need for further radiation therapy was seen.")]
    public void ACourseThereWasNoNeedForIsNotGiven(string text)
    {
        var record = Engines.Extract("Case presentation\nA 60-year-old woman had a squamous cell carcinoma of the vulva. " + text);
        Assert.NotEmpty(record.Radiotherapy);
        Assert.All(record.Radiotherapy, c => Assert.Equal(TreatmentStatus.NotGiven, c.Status));
    }

    [Theory]
    [InlineData("Because the margins were involved, there was a need for adjuvant radiotherapy, which she received in May.")]
    [InlineData("She had no need for opioids after adjuvant radiotherapy to the vulva was completed.")]
    public void ANeedAffirmedOrOfSomethingElseKeepsTheCourse(string text)
    {
        var record = Engines.Extract("Case presentation\nA 60-year-old woman had a squamous cell carcinoma of the vulva. " + text);
        Assert.Contains(record.Radiotherapy, c => c.Status == TreatmentStatus.Given);
    }
}
