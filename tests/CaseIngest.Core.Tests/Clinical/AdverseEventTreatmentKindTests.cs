namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event whose sentence names no drug but the kind of treatment it came with ("colitis on immunotherapy", "neutropenia
/// during the second cycle of chemotherapy") is the event of the drugs of that kind among those the patient was on: the
/// checkpoint inhibitor of a chemo-immunotherapy, the cytotoxic drugs (with the drugs given with them that are no
/// anticancer drug of another kind) of it. A sentence naming both kinds, or one naming a kind none of the drugs is of,
/// leaves the event to all of them.
/// </summary>
public sealed class AdverseEventTreatmentKindTests
{
    [Theory]
    [InlineData("A 63-year-old man with lung adenocarcinoma received carboplatin, pemetrexed and pembrolizumab. After four cycles, he developed grade 3 colitis on immunotherapy.",
        "carboplatin,pemetrexed,pembrolizumab", "colitis:3:pembrolizumab")]
    [InlineData("A 70-year-old man with lung cancer received cisplatin and etoposide, followed by durvalumab. Three months into immunotherapy he developed pneumonitis.",
        "cisplatin,etoposide,durvalumab", "pneumonitis:-:durvalumab")]
    [InlineData("A 57-year-old woman with lung adenocarcinoma was given carboplatin, paclitaxel and atezolizumab. She was admitted with grade 3 hepatitis, which was attributed to immunotherapy.",
        "carboplatin,paclitaxel,atezolizumab", "hepatitis:3:atezolizumab")]
    [InlineData("A 48-year-old man with melanoma received ipilimumab and nivolumab after dacarbazine had failed. Grade 3 colitis developed after the second dose of immunotherapy.",
        "ipilimumab,nivolumab,dacarbazine", "colitis:3:ipilimumab+nivolumab")]
    [InlineData("A 61-year-old woman with lung cancer received carboplatin, pemetrexed and pembrolizumab. Grade 4 neutropenia developed during the second cycle of chemotherapy.",
        "carboplatin,pemetrexed,pembrolizumab", "neutropenia:4:carboplatin+pemetrexed")]
    [InlineData("A 66-year-old woman with cervical cancer received cisplatin, paclitaxel, bevacizumab and pembrolizumab. She had grade 3 diarrhoea during chemotherapy.",
        "cisplatin,paclitaxel,bevacizumab,pembrolizumab", "diarrhea:3:cisplatin+paclitaxel")]
    public void AnEventOfAKindOfTreatmentIsTheEventOfItsDrugs(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("A 55-year-old man with melanoma received nivolumab. He developed grade 2 colitis on immunotherapy.",
        "nivolumab", "colitis:2:nivolumab")]
    [InlineData("A 64-year-old man with small cell lung cancer received carboplatin, etoposide and atezolizumab. After two cycles of chemoimmunotherapy he developed grade 4 febrile neutropenia.",
        "carboplatin,etoposide,atezolizumab", "febrile neutropenia:4:carboplatin+etoposide+atezolizumab")]
    [InlineData("A 59-year-old woman with lung cancer received carboplatin, pemetrexed and pembrolizumab. She developed grade 3 pneumonitis while on chemotherapy and immunotherapy.",
        "carboplatin,pemetrexed,pembrolizumab", "pneumonitis:3:carboplatin+pemetrexed+pembrolizumab")]
    [InlineData("A 52-year-old man with colon cancer received capecitabine and bevacizumab. He developed grade 2 hand-foot syndrome on immunotherapy.",
        "capecitabine,bevacizumab", "hand-foot syndrome:2:capecitabine+bevacizumab")]
    [InlineData("A 58-year-old man with rectal cancer received oxaliplatin, fluorouracil and leucovorin. Grade 2 peripheral neuropathy developed during chemotherapy.",
        "oxaliplatin,fluorouracil,leucovorin", "peripheral neuropathy:2:oxaliplatin+fluorouracil")]
    public void AKindNamedWithTheOtherOrFittingNoDrugLeavesTheEventToAll(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
