namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event the discussion tells again about the patient ("in our patient the rash was grade 2") with no treatment
/// of its own is the episode the case told, with the grade it adds, and not an event of the treatments given last in
/// the case; an event the case itself tells again under a later drug, or the discussion ties to a drug by name, is an
/// episode of its own.
/// </summary>
public sealed class AdverseEventRetoldInDiscussionTests
{
    [Theory]
    [InlineData("Case presentation\nShe received erlotinib for lung adenocarcinoma. After ten days she developed an acneiform rash on the face and chest. At progression, carboplatin and pemetrexed were given.\n\nDiscussion\nIn our patient the acneiform rash was grade 2 and cleared with doxycycline.\n", "erlotinib,carboplatin,pemetrexed", "rash acneiform:2:erlotinib")]
    [InlineData("Case presentation\nHe was given capecitabine for colon cancer. Hand-foot syndrome appeared in the second cycle. Later, irinotecan was started for liver metastases.\n\nDiscussion\nIn our patient the hand-foot syndrome was grade 3.\n", "capecitabine,irinotecan", "hand-foot syndrome:3:capecitabine")]
    public void TheDiscussionRetellsTheEpisodeOfTheCase(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("Case presentation\nShe received paclitaxel for breast cancer and had grade 2 neutropenia. Later she was given docetaxel, and grade 4 neutropenia followed.\n", "paclitaxel,docetaxel", "neutropenia:2:paclitaxel; neutropenia:4:docetaxel")]
    [InlineData("Case presentation\nHe received oxaliplatin for gastric cancer and developed grade 1 peripheral neuropathy. He later received paclitaxel.\n\nDiscussion\nOur patient also had grade 2 peripheral neuropathy attributed to paclitaxel.\n", "oxaliplatin,paclitaxel", "peripheral neuropathy:1:oxaliplatin; peripheral neuropathy:2:paclitaxel")]
    public void AnEpisodeOfItsOwnStaysApart(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
