using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The ways an event is tied to its therapy in a case: the class of the treatment named where the drug was named
/// before ("after the fourth cycle of immunotherapy"), the drug's start as the date ("60 days after cemiplimab was
/// started"), a cause told in a later sentence or a diagnosis "from" the drug, one drug of a combination blamed, a grade
/// told after the event, and the events a course "was complicated by".
/// </summary>
public sealed class AdverseEventTherapyTieWordingTests
{
    [Theory]
    [InlineData("A 61-year-old man with melanoma was started on pembrolizumab. One month after the fourth cycle of immunotherapy, thyroid tests showed hypothyroidism, and levothyroxine was begun.",
        "hypothyroidism:-:pembrolizumab")]
    [InlineData("A 57-year-old woman with cervical cancer received cemiplimab. Hypothyroidism developed 60 days after cemiplimab was started.",
        "hypothyroidism:-:cemiplimab")]
    [InlineData("A 66-year-old man with lung cancer received nivolumab as second-line therapy and developed type 1 diabetes mellitus after nine courses.",
        "type 1 diabetes mellitus:-:nivolumab")]
    [InlineData("A 74-year-old man with lung cancer had received pembrolizumab every three weeks. After 20 courses, the drug was discontinued because acute pneumonitis (grade 3) developed.",
        "pneumonitis:3:pembrolizumab")]
    public void AnEventDatedByTheCourseOfItsDrugIsThatDrugs(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 53-year-old woman with hepatocellular carcinoma received atezolizumab and bevacizumab. A month later she had palpitations, and thyroid tests confirmed hyperthyroidism. The hyperthyroidism was attributed to atezolizumab.",
        "hyperthyroidism:-:atezolizumab")]
    [InlineData("A 69-year-old man with bladder cancer received durvalumab. Two months later, a diagnosis of thyroiditis from durvalumab was made.",
        "thyroiditis:-:durvalumab")]
    [InlineData("A 45-year-old woman with melanoma received ipilimumab plus nivolumab. Four weeks later she developed grade 3 hepatitis, which was attributed to ipilimumab; nivolumab alone was resumed.",
        "hepatitis:3:ipilimumab")]
    [InlineData("A 67-year-old man with melanoma received pembrolizumab. He died a month after discharge as a result of pneumonitis due to pembrolizumab.",
        "pneumonitis:-:pembrolizumab")]
    public void AnEventWhoseCauseIsToldIsTheNamedDrugs(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 64-year-old man with melanoma received dabrafenib and trametinib, and two weeks later developed grade 2 pyrexia attributed to dabrafenib.",
        "fever:2:dabrafenib")]
    [InlineData("A 58-year-old woman with melanoma received ipilimumab and nivolumab. After the second cycle, grade 3 colitis developed, which was attributed to ipilimumab rather than nivolumab.",
        "colitis:3:ipilimumab")]
    [InlineData("A 70-year-old man with lung cancer was given carboplatin, paclitaxel and bevacizumab. He developed grade 3 hypertension, thought to be related to bevacizumab, and amlodipine was started.",
        "hypertension:3:bevacizumab")]
    [InlineData("A 51-year-old woman with melanoma received ipilimumab and nivolumab. Three weeks later she developed grade 2 colitis attributed to ipilimumab and nivolumab.",
        "colitis:2:ipilimumab+nivolumab")]
    [InlineData("A 63-year-old man with kidney cancer received nivolumab and cabozantinib. He developed grade 2 diarrhoea after the first month of treatment.",
        "diarrhea:2:cabozantinib+nivolumab")]
    public void AnEventAscribedToOneDrugOfACombinationIsThatDrugs(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 52-year-old man with colon cancer received irinotecan. He developed diarrhoea after the second cycle. It was classified as grade 3 according to CTCAE version 5.0.",
        "diarrhea:3:irinotecan")]
    [InlineData("A 48-year-old woman with lymphoma received cyclophosphamide, doxorubicin, vincristine and prednisone. The second cycle of chemotherapy was complicated by febrile neutropenia.",
        "febrile neutropenia:-:cyclophosphamide+doxorubicin+vincristine")]
    [InlineData("A 58-year-old woman with lung cancer received pembrolizumab. Four months later she developed pneumonitis. This was graded as grade 2, and prednisolone was started.",
        "pneumonitis:2:pembrolizumab")]
    [InlineData("A 66-year-old man with gastric cancer received nivolumab. He developed hepatitis and a rash after the third dose. The tumour was grade 3 on the resection specimen.",
        "hepatitis:-:nivolumab; rash:-:nivolumab")]
    [InlineData("A 60-year-old woman with breast cancer received docetaxel every three weeks. Her course was complicated by grade 3 neutropenia, stomatitis and fluid retention.",
        "neutropenia:3:docetaxel; stomatitis:3:docetaxel")]
    public void AGradeOrAComplicationToldOfTheCourseIsItsDrugs(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 39-year-old woman with cervical cancer received capecitabine. After the first week she developed grade 2 toxicities consisting of mucositis and hand-foot syndrome.",
        "mucositis:2:capecitabine; hand-foot syndrome:2:capecitabine")]
    [InlineData("A 56-year-old man with tonsil cancer received cisplatin with radiotherapy. Treatment was stopped because of severe side effects: confluent mucositis, severe diarrhoea and neutropenic sepsis.",
        "mucositis:-:cisplatin+radiotherapy; diarrhea:-:cisplatin+radiotherapy; neutropenic sepsis:-:cisplatin+radiotherapy")]
    [InlineData("A 62-year-old woman with ovarian cancer received paclitaxel weekly without the development of any serious toxicity.",
        "")]
    public void AnEventListAfterItsHeadIsTheCoursesDrugs(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 34-year-old man with epilepsy was started on lamotrigine. Three weeks later he developed fever and a widespread rash, and the reaction was attributed to lamotrigine.",
        "fever:-:lamotrigine; rash:-:lamotrigine")]
    [InlineData("A 47-year-old woman with a urinary infection was given nitrofurantoin. Five days later she had fever and a cough, and a hypersensitivity to nitrofurantoin was diagnosed.",
        "fever:-:nitrofurantoin; cough:-:nitrofurantoin")]
    [InlineData("A 60-year-old man was given allopurinol for gout. Four weeks later he developed fever, rash and eosinophilia; a drug reaction to allopurinol was diagnosed.",
        "fever:-:allopurinol; rash:-:allopurinol; eosinophilia:-:allopurinol")]
    public void AnEventOfADrugThatIsNoAnticancerOneIsThatDrugsWhenTheCaseTiesItToIt(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    private static string Read(string text) =>
        string.Join("; ", Engines.Extract(text).AdverseEvents.OrderBy(e => e.Evidence.Start).Select(Describe));

    private static string Describe(AdverseEventFact fact) =>
        $"{fact.Term}:{fact.Grade?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}:{string.Join('+', fact.Therapy.Order(StringComparer.Ordinal))}";
}
