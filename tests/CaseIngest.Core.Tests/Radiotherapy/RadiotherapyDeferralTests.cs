using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Radiotherapy;

public sealed class RadiotherapyDeferralTests
{
    [Fact]
    public void RadiotherapyConsultedOnAndThenDeferredIsNotGiven()
    {
        var record = Engines.Extract(
            "Case presentation\nA 71-year-old woman had a bleeding cutaneous metastasis. Nivolumab was started, and radiation oncology was consulted " +
            "for palliative radiotherapy. Three weeks later the nodule had shrunk, so radiotherapy was deferred.");
        Assert.NotEmpty(record.Radiotherapy);
        Assert.All(record.Radiotherapy, c => Assert.Equal(TreatmentStatus.NotGiven, c.Status));
    }

    [Fact]
    public void ALaterDeferralOverridesAnOpeningMentionThatDeliveredNothing()
    {
        var record = Engines.Extract(
            "Palliative radiotherapy has a central place in the care of bleeding tumours. We describe a woman whose early response to nivolumab " +
            "allowed the deferral of radiotherapy.\n\nCase presentation\nA 64-year-old woman presented with a bleeding axillary mass. " +
            "Nivolumab was started and the mass shrank within a month; radiotherapy was deferred.");
        Assert.NotEmpty(record.Radiotherapy);
        Assert.All(record.Radiotherapy, c => Assert.Equal(TreatmentStatus.NotGiven, c.Status));
    }

    [Fact]
    public void ADeferralWhoseAimFollowsItStillOverridesTheConsultation()
    {
        var record = Engines.Extract(
            "A quick response to nivolumab let us defer palliative RT in a man with a bleeding groin metastasis.\n\nCase presentation\n" +
            "A 79-year-old man had a fungating groin mass. Nivolumab was begun, and radiation oncology was consulted for palliative RT. " +
            "Within three weeks the mass had shrunk, so RT was deferred to avoid a wound that would not heal.");
        Assert.NotEmpty(record.Radiotherapy);
        Assert.All(record.Radiotherapy, c => Assert.Equal(TreatmentStatus.NotGiven, c.Status));
    }

    [Fact]
    public void ADeliveredCourseStaysGivenWhenAFurtherCourseIsDeferred()
    {
        var record = Engines.Extract(
            "Case presentation\nShe received palliative radiotherapy to the pelvis in May. In August further radiotherapy to the pelvis was deferred.");
        Assert.Contains(record.Radiotherapy, c => c.Status == TreatmentStatus.Given);
    }

    [Fact]
    public void AnOutcomeIsNotCreditedToRadiotherapyThatWasNotGiven()
    {
        var record = Engines.Extract(
            "Case presentation\nA 70-year-old man with a fungating groin mass started pembrolizumab, and radiation oncology was consulted for palliative radiotherapy. " +
            "Two weeks after starting pembrolizumab and one week after radiotherapy simulation, the mass had clearly regressed. Radiotherapy was therefore deferred.");
        var regression = Assert.Single(record.Outcomes, o => o.Kind == "regression");
        Assert.Equal(["pembrolizumab"], regression.Therapy);
    }
}
