namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Of a combination, the drug stopped, held or withheld for an event is the one the event belongs to, whether the event
/// opens its sentence as the cause ("Because of grade 3 neuropathy, oxaliplatin was stopped and she continued on …") or
/// the next sentence tells the drug stopped ("… grade 2 proteinuria. Bevacizumab was withheld, and atezolizumab was
/// continued."); a later sentence that ascribes the event to one drug of those named with it keeps that drug alone.
/// The drugs continued are none, and a combination stopped as a whole keeps every drug.
/// </summary>
public sealed class AdverseEventStoppedDrugTests
{
    [Theory]
    [InlineData("She received carboplatin, pemetrexed and pembrolizumab for lung adenocarcinoma. Because of grade 2 acute kidney injury, pemetrexed was discontinued and she continued on carboplatin and pembrolizumab.", "carboplatin,pemetrexed,pembrolizumab", "acute kidney injury:2:pemetrexed")]
    [InlineData("He was given oxaliplatin, capecitabine and bevacizumab for rectal cancer. Due to grade 3 peripheral neuropathy, oxaliplatin was stopped, and capecitabine and bevacizumab were continued.", "oxaliplatin,capecitabine,bevacizumab", "peripheral neuropathy:3:oxaliplatin")]
    [InlineData("He was treated with atezolizumab and bevacizumab for hepatocellular carcinoma. Two months later he had grade 3 hypertension. Bevacizumab was withheld, and atezolizumab was continued.", "atezolizumab,bevacizumab", "hypertension:3:bevacizumab")]
    [InlineData("She received paclitaxel and carboplatin for ovarian cancer. After the third cycle she developed grade 2 peripheral neuropathy. Paclitaxel was discontinued and carboplatin was given alone.", "paclitaxel,carboplatin", "peripheral neuropathy:2:paclitaxel")]
    [InlineData("He received lenvatinib and pembrolizumab for endometrial cancer. Within a month grade 3 diarrhoea occurred. Lenvatinib was held for a week and restarted at a lower dose.", "lenvatinib,pembrolizumab", "diarrhea:3:lenvatinib")]
    [InlineData("She was treated with cisplatin and gemcitabine for bladder cancer. Grade 2 tinnitus developed after cisplatin and gemcitabine. The tinnitus was attributed to cisplatin.", "cisplatin,gemcitabine", "tinnitus:2:cisplatin")]
    public void TheDrugStoppedForTheEventIsItsCause(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("He was treated with atezolizumab and bevacizumab for hepatocellular carcinoma. Two months later he had grade 2 proteinuria. Atezolizumab and bevacizumab were withheld.", "atezolizumab,bevacizumab", "proteinuria:2:atezolizumab+bevacizumab")]
    [InlineData("She received paclitaxel and carboplatin for ovarian cancer. She developed grade 3 neutropenia. Pegfilgrastim was started, and the chemotherapy was continued.", "paclitaxel,carboplatin,pegfilgrastim", "neutropenia:3:paclitaxel+carboplatin")]
    [InlineData("He received sunitinib for renal cell carcinoma. Because of grade 2 fatigue, the dose of sunitinib was reduced.", "sunitinib", "fatigue:2:sunitinib")]
    [InlineData("She received nivolumab and ipilimumab for melanoma. She developed grade 2 colitis. The colitis resolved with budesonide, and both drugs were continued.", "nivolumab,ipilimumab,budesonide", "colitis:2:nivolumab+ipilimumab")]
    public void ACombinationKeptOrStoppedWholeKeepsEveryDrug(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
