using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A treatment the abstract sums up (in one paragraph, or in the parts of a structured abstract whose headings the body
/// repeats) ("postoperatively she received radiotherapy") does not make the complaints the
/// case section opens with its events: in a case section, an event may follow only a treatment the body has named
/// before it. Events told after the body names the treatment stay its own.
/// </summary>
public sealed class AdverseEventAbstractOnlyTreatmentTests
{
    private const string Abstract = """
        Endometrial stromal sarcoma with a breast metastasis: a case report

        Abstract

        Background: Breast metastases of uterine sarcomas are rare. Case: A woman with a uterine sarcoma later had a breast mass removed, and postoperatively she received radiotherapy. She remains free of recurrence.

        """;

    [Theory]
    [InlineData("Case presentation\n\nA 41-year-old woman was admitted because of a pelvic mass and irregular vaginal bleeding. She reported intermittent abdominal pain and dizziness. A total hysterectomy was performed.\n")]
    [InlineData("Case presentation\n\nA 41-year-old woman was admitted because of a pelvic mass. She had nausea and fatigue for two months. Histology showed a low-grade endometrial stromal sarcoma.\n\nDiscussion\n\nThese tumours are rare.\n")]
    public void ComplaintsOfACaseSectionThatNamesNoTreatmentAreNoEventsOfTheAbstractsTreatment(string body)
    {
        var record = Engines.Extract(Abstract + body);

        Assert.Empty(record.AdverseEvents);
    }

    private const string StructuredAbstract = """
        Endometrial stromal sarcoma with a breast metastasis: a case report

        Background

        Breast metastases of uterine sarcomas are rare.

        Case presentation

        A woman with a uterine sarcoma later had a breast mass removed. Postoperatively, she underwent radiotherapy at another hospital. She remains free of recurrence.

        Conclusions

        Such metastases should be considered.

        Background

        Endometrial stromal sarcomas are rare uterine tumours that seldom spread to the breast, where a metastasis is easily taken for a primary tumour.

        """;

    [Theory]
    [InlineData("Case presentation\n\nA 41-year-old woman with two previous caesarean sections was admitted because of a pelvic mass and irregular vaginal bleeding. She had intermittent abdominal pain, dizziness and tinnitus. A total hysterectomy was performed.\n\nDiscussion\n\nThese tumours are rare.\n")]
    [InlineData("Case presentation\n\nA 41-year-old woman was admitted because of a pelvic mass. She suffered from nausea and fatigue for two months. Histology showed a low-grade endometrial stromal sarcoma.\n")]
    public void ComplaintsOfTheCaseAreNoEventsOfATreatmentOnlyTheStructuredAbstractNames(string body)
    {
        var record = Engines.Extract(StructuredAbstract + body);

        Assert.Empty(record.AdverseEvents);
    }

    [Theory]
    [InlineData("Case presentation\n\nA 41-year-old woman was admitted because of a pelvic mass. A hysterectomy was performed.\n\nFollow-up\n\nAfter pelvic radiotherapy she developed radiation proctitis with diarrhoea.\n", "proctitis")]
    [InlineData("Case presentation\n\nA 41-year-old woman with a breast metastasis received radiotherapy to the breast. Two weeks later she developed radiation dermatitis.\n", "dermatitis")]
    public void AnEventAfterTheBodyNamesTheTreatmentStaysItsEvent(string body, string term)
    {
        var record = Engines.Extract(Abstract + body);

        Assert.Contains(record.AdverseEvents, e => e.Term.Contains(term, StringComparison.OrdinalIgnoreCase));
    }
}
