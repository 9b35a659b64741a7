namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A sentence that tells what a treatment can do in general ("pembrolizumab may cause colitis", "a common adverse event
/// of checkpoint inhibitors") names no event of the patient; a hedge on the patient's own event keeps it.
/// </summary>
public sealed class AdverseEventGeneralStatementTests
{
    [Theory]
    [InlineData("She was started on pembrolizumab. Pembrolizumab may cause colitis, so she was told to report diarrhoea.", "pembrolizumab")]
    [InlineData("He received nivolumab every two weeks. Immune-related colitis is a common adverse event of checkpoint inhibitors.", "nivolumab")]
    [InlineData("Before the first cycle, the patient was warned that cisplatin can cause nephrotoxicity and ototoxicity.", "cisplatin")]
    [InlineData("Capecitabine was chosen. Hand-foot syndrome can lead to dose reductions in up to half of those treated.", "capecitabine")]
    [InlineData("Ipilimumab was added; hypophysitis is a well-known immune-related adverse event of this agent.", "ipilimumab")]
    [InlineData("Olaparib was started. Anaemia has been reported with PARP inhibitors as a dose-limiting toxicity.", "olaparib")]
    public void AGeneralStatementNamesNoEventOfThePatient(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);

    [Theory]
    [InlineData("She received nivolumab. The primary treatment for immune-related hepatitis is high-dose corticosteroids.", "nivolumab")]
    [InlineData("He was given pembrolizumab. The mainstay of treatment for checkpoint inhibitor pneumonitis is prednisolone.", "pembrolizumab")]
    [InlineData("She received doxorubicin. Dexrazoxane remains the treatment of choice for preventing anthracycline-induced cardiotoxicity.", "doxorubicin")]
    [InlineData("He received ipilimumab. The usual strategy for managing immune-mediated colitis that resists steroids is infliximab.", "ipilimumab")]
    [InlineData("She was treated with cetuximab. The recommended treatment for grade 2 acneiform rash is oral doxycycline.", "cetuximab")]
    public void AStatementOfHowAnEventIsManagedNamesNoEventOfThePatient(string text, string drugs) =>
        Assert.Empty(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents);

    [Theory]
    [InlineData("She was treated with nivolumab. Two months later she developed pneumonitis that may have been caused by nivolumab.", "nivolumab", "pneumonitis")]
    [InlineData("He received pembrolizumab. Pembrolizumab was held because of grade 2 colitis.", "pembrolizumab", "colitis")]
    public void AHedgeOnThePatientsOwnEventKeepsIt(string text, string drugs, string term) =>
        Assert.Equal(term, Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents).Term);

    [Theory]
    [InlineData("He received ipilimumab and nivolumab. After the second cycle he developed hypophysitis, which is a rare adverse event of ipilimumab.", "ipilimumab,nivolumab", "hypophysitis")]
    [InlineData("She was treated with pembrolizumab. Three months later she developed grade 3 colitis, which has been reported with checkpoint inhibitors.", "pembrolizumab", "colitis")]
    [InlineData("He was given sunitinib. He experienced hand-foot syndrome, a toxicity known to cause dose reductions.", "sunitinib", "hand-foot syndrome")]
    [InlineData("She received capecitabine. During the first cycle she suffered grade 2 diarrhoea, as has been described with fluoropyrimidines.", "capecitabine", "diarrhea")]
    public void AnEventThePatientHadKeepsItWhenTheSentenceAlsoSaysItIsKnown(string text, string drugs, string term) =>
        Assert.Equal(term, Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents).Term);
}
