namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Increased glucose uptake or metabolism on a PET scan is a finding of the lesion the tracer shows, not raised blood
/// glucose: no adverse event, even after a treatment.
/// </summary>
public sealed class AdverseEventTracerUptakeTests
{
    [Theory]
    [InlineData("After two cycles of nivolumab, PET demonstrated increased glucose uptake in the left femur.", "nivolumab")]
    [InlineData("Three months into imatinib therapy, PET/CT showed increased glucose metabolism in a new liver lesion.", "imatinib")]
    public void TracerUptakeIsNoAdverseEvent(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));
}
