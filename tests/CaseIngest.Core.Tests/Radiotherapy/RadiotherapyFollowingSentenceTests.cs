using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Radiotherapy;

/// <summary>A course named in one sentence and dosed in the next: the dose belongs to the course and keeps its status.</summary>
public sealed class RadiotherapyFollowingSentenceTests
{
    [Theory]
    [InlineData("Stereotactic body radiotherapy to the adrenal metastasis is planned. The intended dose is 40 Gy in 5 fractions.", TreatmentStatus.Planned, 40, 5)]
    [InlineData("Adjuvant radiotherapy to the prostate bed is scheduled for next month. A dose of 66 Gy in 33 fractions has been prescribed.", TreatmentStatus.Planned, 66, 33)]
    [InlineData("Whole-brain radiotherapy was recommended, but she declined it. The proposed dose was 30 Gy in 10 fractions.", TreatmentStatus.NotGiven, 30, 10)]
    [InlineData("Palliative irradiation of the sacrum is planned for next week. The plan is 20 Gy in five fractions.", TreatmentStatus.Planned, 20, 5)]
    // controls: the dose sentence says the course was delivered, or the course named first was delivered
    [InlineData("Radiotherapy to the pelvis was planned. She received 45 Gy in 25 fractions.", TreatmentStatus.Given, 45, 25)]
    [InlineData("He underwent radiotherapy to the neck. The dose was 70 Gy in 35 fractions.", TreatmentStatus.Given, 70, 35)]
    [InlineData("Radiotherapy to the chest wall was planned. Six weeks later, 50 Gy in 25 fractions had been delivered.", TreatmentStatus.Given, 50, 25)]
    public void ADoseInTheNextSentenceKeepsTheStatusOfTheCourseItDoses(string sentences, string status, double total, int fractions)
    {
        var record = Engines.Extract("Case presentation\nA 63-year-old woman had metastatic carcinoma. " + sentences);
        var course = Assert.Single(record.Radiotherapy, c => c.TotalDoseGy == total);
        Assert.Equal(status, course.Status);
        Assert.Equal(fractions, course.Fractions);
    }

    [Theory]
    [InlineData("A single fraction of 8 Gy relieved the pain in his femur.", 8)]
    [InlineData("She was treated with a single fraction of 6 Gy to the bleeding tumour.", 6)]
    [InlineData("Palliative radiotherapy of 10 Gy in a single fraction was given to the rib.", 10)]
    public void ASingleFractionWrittenBeforeItsDoseIsOneFraction(string sentence, double total)
    {
        var record = Engines.Extract("Case presentation\nA 70-year-old man had bone metastases. Palliative radiotherapy was given. " + sentence);
        var course = Assert.Single(record.Radiotherapy, c => c.TotalDoseGy == total);
        Assert.Equal(1, course.Fractions);
    }
}
