namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A drug named after an event as the one whose dose or schedule the event changed is one drug of the combination the
/// patient was on: the event is the combination's. A drug the text ascribes the event to, or names as the one the event
/// followed, stays its only therapy.
/// </summary>
public sealed class AdverseEventRegimenChangeTests
{
    [Theory]
    [InlineData("She was started on oxaliplatin 85 mg/m2 and fluorouracil 2400 mg/m2 every two weeks. She developed grade 3 mucositis during the second cycle, after which the fluorouracil dose was reduced by 20%.", "oxaliplatin,fluorouracil", "mucositis")]
    [InlineData("He received carboplatin and etoposide for small cell lung cancer. He developed grade 4 neutropenia, and then etoposide was withheld on day 3 of the next cycle.", "carboplatin,etoposide", "neutropenia")]
    [InlineData("She received irinotecan and oxaliplatin every two weeks. She had grade 3 diarrhea, after which the frequency of irinotecan was reduced to once every three weeks.", "irinotecan,oxaliplatin", "diarrhea")]
    [InlineData("The patient was treated with docetaxel 75 mg/m2 and cyclophosphamide 600 mg/m2 every three weeks. She had grade 2 fatigue and nausea, and then docetaxel was stopped.", "docetaxel,cyclophosphamide", "fatigue,nausea")]
    public void AnEventThatChangedOneDrugOfACombinationIsTheCombinations(string text, string drugs, string terms)
    {
        var events = ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents;
        Assert.Equal(terms.Split(','), events.Select(e => e.Term));
        Assert.All(events, e => Assert.Equal(drugs.Split(','), e.Therapy));
    }

    [Theory]
    [InlineData("He received oxaliplatin and fluorouracil. He developed grade 2 neuropathy attributed to oxaliplatin.", "oxaliplatin,fluorouracil", "oxaliplatin")]
    [InlineData("She was treated with carboplatin and paclitaxel. She developed paclitaxel-induced neuropathy.", "carboplatin,paclitaxel", "paclitaxel")]
    [InlineData("She received docetaxel and trastuzumab every three weeks. She developed febrile neutropenia after docetaxel.", "docetaxel,trastuzumab", "docetaxel")]
    [InlineData("He was given gemcitabine and cisplatin on day 1. He had grade 2 vomiting on the evening after cisplatin.", "gemcitabine,cisplatin", "cisplatin")]
    public void AnEventAscribedToOneDrugStaysThatDrugs(string text, string drugs, string therapy) =>
        Assert.Equal([therapy], Assert.Single(ClinicalRun.Run(text, drugs.Split(',')).AdverseEvents).Therapy);
}
