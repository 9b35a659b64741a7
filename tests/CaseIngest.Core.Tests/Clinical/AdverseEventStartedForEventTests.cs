namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A drug the patient is started on after an event, in the event's own sentence ("she had a high fever and was started
/// empirically on cefepime"), is given for it: it is not the event's cause, and its start does not tie the event to any
/// treatment. The event goes to the treatment given before it, or is none when there was no treatment before it.
/// </summary>
public sealed class AdverseEventStartedForEventTests
{
    [Theory]
    [InlineData("A 52-year-old woman with breast cancer received docetaxel. Ten days after the first cycle she ran a high fever and was started empirically on cefepime.",
        "docetaxel,cefepime", "fever:-:docetaxel")]
    [InlineData("A 67-year-old man with bladder cancer received gemcitabine. After the second cycle he developed neutropenic fever and was commenced on intravenous piperacillin.",
        "gemcitabine,piperacillin", "febrile neutropenia:-:gemcitabine")]
    [InlineData("A 58-year-old woman presented with fever and a dry cough. She was diagnosed with pneumonia and started on antibiotic treatment with levofloxacin. A marrow aspirate then showed acute myeloid leukemia.",
        "levofloxacin", "")]
    [InlineData("A 71-year-old man was admitted with cellulitis of the left leg and was started on oral flucloxacillin. Two weeks later a biopsy of a neck node showed lymphoma.",
        "flucloxacillin", "")]
    [InlineData("A 66-year-old woman with myeloma developed deep vein thrombosis within a month of diagnosis, and lenalidomide was then started.",
        "lenalidomide", "")]
    public void TheDrugStartedForAnEventIsNotItsCause(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("A 61-year-old man with colon cancer was started on capecitabine and developed hand-foot syndrome after two weeks.",
        "capecitabine", "hand-foot syndrome:-:capecitabine")]
    [InlineData("A 45-year-old woman with lymphoma received rituximab. She developed a generalized rash two days after being started on amoxicillin for sinusitis.",
        "rituximab,amoxicillin", "rash:-:amoxicillin")]
    [InlineData("A 52-year-old woman with breast cancer received docetaxel. After two cycles of docetaxel she developed febrile neutropenia and was started on meropenem.",
        "docetaxel,meropenem", "febrile neutropenia:-:docetaxel")]
    [InlineData("A 61-year-old man with colon cancer received irinotecan. He had severe diarrhea after he was started on irinotecan at full dose.",
        "irinotecan", "diarrhea:-:irinotecan")]
    public void ADrugStartedBeforeTheEventStaysItsCause(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
