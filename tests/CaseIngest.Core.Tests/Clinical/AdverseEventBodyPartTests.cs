namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event described by what the patient feels or shows and where ("erythema and desquamation of the palms and soles",
/// "numbness and tingling in the fingers and toes", "mouth sores", "hair loss") is the CTCAE event that description
/// defines: palmar-plantar erythrodysesthesia, peripheral sensory neuropathy, oral mucositis, alopecia.
/// </summary>
public sealed class AdverseEventBodyPartTests
{
    [Theory]
    [InlineData("She was treated with capecitabine. During the third cycle she developed erythema and desquamation of the palms and soles.", "capecitabine", "hand-foot syndrome:-:capecitabine")]
    [InlineData("He was started on sunitinib. After four weeks he complained of painful peeling of the hands and feet.", "sunitinib", "hand-foot syndrome:-:sunitinib")]
    [InlineData("She received pegylated liposomal doxorubicin. After the second cycle, redness, swelling and pain of the palms and soles were noted.", "doxorubicin", "hand-foot syndrome:-:doxorubicin")]
    [InlineData("He was started on regorafenib; two weeks later he developed painful blistering of the soles of both feet.", "regorafenib", "hand-foot syndrome:-:regorafenib")]
    [InlineData("She was given capecitabine and during the second cycle noticed redness and cracking of the skin of both hands and feet.", "capecitabine", "hand-foot syndrome:-:capecitabine")]
    [InlineData("He received sorafenib. A month later he had grade 2 hyperkeratosis and tenderness over the palms and soles.", "sorafenib", "hand-foot syndrome:2:sorafenib")]
    [InlineData("She received paclitaxel and carboplatin. After the fourth cycle she reported numbness and tingling in the fingers and toes.", "paclitaxel,carboplatin", "peripheral neuropathy:-:paclitaxel+carboplatin")]
    [InlineData("He received oxaliplatin and capecitabine. After six cycles he had persistent tingling of the fingertips.", "oxaliplatin,capecitabine", "peripheral neuropathy:-:oxaliplatin+capecitabine")]
    [InlineData("He received vincristine. After three doses he reported numbness in his hands and feet.", "vincristine", "peripheral neuropathy:-:vincristine")]
    [InlineData("She received bortezomib. After the second cycle she had burning pain and loss of sensation in both feet.", "bortezomib", "peripheral neuropathy:-:bortezomib")]
    [InlineData("He was given cisplatin; after the third cycle he developed paraesthesias in the fingers and toes.", "cisplatin", "peripheral neuropathy:-:cisplatin")]
    [InlineData("She received docetaxel. After the second cycle she had grade 1 numbness of the fingers and toes.", "docetaxel", "peripheral neuropathy:1:docetaxel")]
    [InlineData("She received fluorouracil and cisplatin. On day 6 she developed painful mouth sores.", "fluorouracil,cisplatin", "mucositis:-:fluorouracil+cisplatin")]
    [InlineData("He was treated with methotrexate; three days later he developed mouth ulcers.", "methotrexate", "mucositis:-:methotrexate")]
    [InlineData("She received doxorubicin and cyclophosphamide. Hair loss began two weeks after the first cycle.", "doxorubicin,cyclophosphamide", "alopecia:-:doxorubicin+cyclophosphamide")]
    [InlineData("She received docetaxel. Thinning of the hair was noted after two cycles.", "docetaxel", "alopecia:-:docetaxel")]
    [InlineData("He was treated with capecitabine and after the third cycle noticed peeling skin on his palms and soles.", "capecitabine", "hand-foot syndrome:-:capecitabine")]
    [InlineData("She received sunitinib. Painful, erythematous swelling of both palms developed in the second month.", "sunitinib", "hand-foot syndrome:-:sunitinib")]
    [InlineData("He received capecitabine. After two cycles he had desquamation of both palms.", "capecitabine", "hand-foot syndrome:-:capecitabine")]
    [InlineData("She received paclitaxel. After the third dose she noticed tingling and numbness of the distal extremities.", "paclitaxel", "peripheral neuropathy:-:paclitaxel")]
    [InlineData("He received oxaliplatin and fluorouracil. He reported stocking-glove numbness after six cycles.", "oxaliplatin,fluorouracil", "peripheral neuropathy:-:oxaliplatin+fluorouracil")]
    [InlineData("She received docetaxel. Loss of scalp hair was complete after the second cycle.", "docetaxel", "alopecia:-:docetaxel")]
    [InlineData("He received capecitabine. After the first cycle he developed palmoplantar erythrodysesthesia.", "capecitabine", "hand-foot syndrome:-:capecitabine")]
    public void ADescriptionByBodyPartNamesTheCtcaeEvent(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("He had numbness of the left hand and foot after a stroke in 2015. He was started on sunitinib.", "sunitinib")]
    [InlineData("She received capecitabine. The palms and soles were spared and she had no peeling of the hands or feet.", "capecitabine")]
    [InlineData("She presented with erythema and desquamation of the palms and soles. A skin biopsy showed psoriasis, and methotrexate was started.", "methotrexate")]
    public void ADescriptionThatIsNoEventOfTheTreatmentIsNone(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("He received nivolumab. Two weeks after the first dose he developed erythema and numbness of the fingertips.", "nivolumab", "erythema:-:nivolumab; paresthesia:-:nivolumab")]
    [InlineData("She received docetaxel. After the second cycle she had erythema and tingling of both hands.", "docetaxel", "erythema:-:docetaxel; paresthesia:-:docetaxel")]
    public void ASkinChangeWithAChangeOfFeelingOutsideThePalmsAndSolesKeepsItsOwnEvents(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
