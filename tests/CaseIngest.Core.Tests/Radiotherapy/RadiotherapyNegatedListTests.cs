using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Radiotherapy;

/// <summary>
/// Radiotherapy coordinated after another treatment under one negated verb ("did not receive chemotherapy or
/// radiotherapy", "received neither chemotherapy nor radiotherapy") is not given; the same list under a verb that is
/// not negated is given.
/// </summary>
public sealed class RadiotherapyNegatedListTests
{
    [Theory]
    [InlineData("After the resection the patient did not receive chemotherapy or radiotherapy.")]
    [InlineData("She did not undergo adjuvant chemotherapy or radiotherapy after the excision.")]
    [InlineData("He received neither chemotherapy nor radiotherapy and was followed with imaging.")]
    [InlineData("The patient was not treated with chemotherapy, immunotherapy or radiotherapy.")]
    public void RadiotherapyListedUnderANegatedVerbIsNotGiven(string text)
    {
        var courses = Engines.Extract(text).Radiotherapy;
        Assert.NotEmpty(courses);
        Assert.All(courses, c => Assert.Equal(TreatmentStatus.NotGiven, c.Status));
    }

    [Theory]
    [InlineData("After the resection the patient received chemotherapy and radiotherapy.")]
    [InlineData("Although she did not want surgery, she received chemotherapy and radiotherapy.")]
    public void RadiotherapyListedUnderAVerbThatIsNotNegatedIsGiven(string text) =>
        Assert.Contains(Engines.Extract(text).Radiotherapy, c => c.Status == TreatmentStatus.Given);
}
