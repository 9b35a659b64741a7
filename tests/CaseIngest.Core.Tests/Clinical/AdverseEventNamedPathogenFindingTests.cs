using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A test that grows or finds a mycobacterium, a fungus or another named pathogen right after an event explains the
/// event as that infection's sign, as it does for the common bacteria: the event is no adverse event unless the text
/// ties it to a treatment itself (a grade) or it is a fall of blood counts.
/// </summary>
public sealed class AdverseEventNamedPathogenFindingTests
{
    [Theory]
    [InlineData("A 64-year-old man with lung cancer was treated with pembrolizumab. Four months later he developed fever and a productive cough, and sputum culture grew Mycobacterium tuberculosis.",
        "fever")]
    [InlineData("A 58-year-old woman with breast cancer received weekly paclitaxel. After the sixth dose she had fever and dyspnea. Bronchoalveolar lavage was positive for Pneumocystis jirovecii.",
        "fever,dyspnea")]
    [InlineData("A 69-year-old man with melanoma was on nivolumab. In May he developed fever and headache, and cerebrospinal fluid grew Cryptococcus neoformans.",
        "fever,headache")]
    [InlineData("A 60-year-old woman with lymphoma received bendamustine and rituximab. After the fourth cycle she developed cough and hemoptysis, and CT revealed invasive aspergillosis.",
        "cough,hemoptysis")]
    public void AnEventBeforeATestFindsANamedPathogenIsNotAnAdverseEvent(string text, string signs)
    {
        var found = Engines.Extract(text).AdverseEvents.Select(e => e.Term).ToList();
        Assert.All(signs.Split(','), sign => Assert.DoesNotContain(sign, found));
    }

    [Theory]
    [InlineData("A 52-year-old woman with breast cancer received docetaxel. On day 8 she developed febrile neutropenia, and blood cultures grew Enterobacter cloacae.",
        "febrile neutropenia")]
    [InlineData("A 67-year-old man with lung cancer received nivolumab. After the second dose he had grade 2 fever; sputum culture grew Mycobacterium avium.",
        "fever")]
    public void ABloodCountOrAGradedEventStaysAnAdverseEvent(string text, string term) =>
        Assert.Contains(term, Engines.Extract(text).AdverseEvents.Select(e => e.Term));
}
