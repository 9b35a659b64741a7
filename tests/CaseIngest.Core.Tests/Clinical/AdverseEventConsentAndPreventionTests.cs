namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Events named as the possible side effects explained before treatment ("possible side effects including neuropathy
/// were explained at consent"), an event anticipated ("tumour lysis syndrome was anticipated") or one a prophylaxis is
/// given against are no adverse events of the patient; an event the patient had beside such words counts.
/// </summary>
public sealed class AdverseEventConsentAndPreventionTests
{
    [Theory]
    [InlineData("A 71-year-old man with colorectal cancer received oxaliplatin, fluorouracil and leucovorin. Possible side effects including neuropathy, diarrhea and mucositis were explained at consent.", "oxaliplatin,fluorouracil,leucovorin")]
    [InlineData("A 55-year-old woman with breast cancer started capecitabine. The potential side effects, such as hand-foot syndrome and diarrhoea, were explained to her.", "capecitabine")]
    [InlineData("A 69-year-old woman with lymphoma received rituximab and bendamustine. Tumour lysis syndrome was anticipated, and she was given rasburicase.", "rituximab,bendamustine")]
    [InlineData("A 62-year-old man with lung cancer received cisplatin and pemetrexed. He was given prophylaxis against nausea and vomiting with aprepitant.", "cisplatin,pemetrexed")]
    public void AnEventOnlyForeseenIsNone(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("A 66-year-old man with colorectal cancer received oxaliplatin. After the sixth cycle he developed grade 2 neuropathy, a side effect that had been explained to him at consent.", "oxaliplatin", "peripheral neuropathy:2:oxaliplatin")]
    [InlineData("A 58-year-old woman with breast cancer received docetaxel. She developed grade 3 diarrhoea after the first cycle although prophylaxis for it had been given.", "docetaxel", "diarrhea:3:docetaxel")]
    public void AnEventThePatientHadCounts(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
