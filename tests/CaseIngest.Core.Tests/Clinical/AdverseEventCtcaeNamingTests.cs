namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Events CTCAE names differently take the CTCAE term that covers them: jaundice and hyperbilirubinaemia are a raised
/// blood bilirubin and a dystonic reaction an extrapyramidal disorder. Jaundice the patient presented with stays a complaint of the disease.
/// </summary>
public sealed class AdverseEventCtcaeNamingTests
{
    [Theory]
    [InlineData("He was treated with nivolumab. After the fourth dose he developed grade 3 jaundice.", "nivolumab", "jaundice", "Blood bilirubin increased")]
    [InlineData("Two days after the first cycle of gemcitabine she became deeply jaundiced.", "gemcitabine", "jaundice", "Blood bilirubin increased")]
    [InlineData("She received nivolumab and developed grade 3 hyperbilirubinemia after the second dose.", "nivolumab", "blood bilirubin increased", "Blood bilirubin increased")]
    [InlineData("He was given irinotecan; hyperbilirubinaemia attributed to irinotecan followed the first cycle.", "irinotecan", "blood bilirubin increased", "Blood bilirubin increased")]
    [InlineData("Within hours he developed an acute dystonic reaction induced by metoclopramide.", "metoclopramide", "dystonia", "Extrapyramidal disorder")]
    [InlineData("She received haloperidol for agitation and developed acute dystonia attributed to haloperidol.", "haloperidol", "dystonia", "Extrapyramidal disorder")]
    public void AnEventCtcaeNamesDifferentlyTakesItsCtcaeTerm(string text, string drugs, string term, string ctcae)
    {
        var adverseEvent = Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents, e => e.Term == term);
        Assert.Equal(ctcae, adverseEvent.CtcaeTerm);
    }

    [Fact]
    public void JaundiceThePatientPresentedWithIsNoAdverseEvent() =>
        Assert.Empty(ClinicalRun.Run(
            "A 64-year-old man presented with painless jaundice and weight loss, and CT showed a mass in the pancreatic head. He received gemcitabine.",
            "gemcitabine").AdverseEvents);
}
