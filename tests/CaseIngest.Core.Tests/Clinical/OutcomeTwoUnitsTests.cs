using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// One outcome told twice in two units of time ("free of disease two years later" in the abstract, "twenty-four months
/// after stopping treatment she has no evidence of disease" in the case) is one fact, as the case section tells it;
/// two times that differ stay two facts.
/// </summary>
public sealed class OutcomeTwoUnitsTests
{
    [Theory]
    [InlineData("Abstract\n\nA 49-year-old woman with breast carcinoma achieved a complete response to trastuzumab deruxtecan. She remains free of disease 2 years later.\n\nCase presentation\n\nA 49-year-old woman with breast carcinoma received trastuzumab deruxtecan. Twenty-four months after stopping treatment she has no evidence of disease.\n", "no-evidence-of-disease", 24, "month")]
    [InlineData("Abstract\n\nA 61-year-old man with renal cell carcinoma died 1 year after starting cabozantinib.\n\nCase presentation\n\nA 61-year-old man with renal cell carcinoma received cabozantinib. He died 12 months after it was started.\n", "death", 12, "month")]
    [InlineData("Abstract\n\nA 56-year-old woman with ovarian carcinoma has been disease-free for 36 months after olaparib.\n\nCase presentation\n\nA 56-year-old woman with ovarian carcinoma received olaparib. She has remained free of disease for 3 years since.\n", "no-evidence-of-disease", 3, "year")]
    [InlineData("Abstract\n\nA 44-year-old man with Ewing sarcoma died 3 weeks after the diagnosis.\n\nCase presentation\n\nA 44-year-old man with Ewing sarcoma received vincristine. He died 21 days after the diagnosis.\n", "death", 21, "day")]
    public void OneOutcomeInTwoUnitsIsOneFactAsTheCaseTellsIt(string text, string kind, int value, string unit)
    {
        var fact = Assert.Single(Engines.Extract(text).Outcomes, o => o.Kind == kind);
        Assert.Equal((double)value, fact.Value);
        Assert.StartsWith(unit, fact.Unit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Abstract\n\nA 49-year-old woman with breast carcinoma remains free of disease 2 years after trastuzumab deruxtecan.\n\nCase presentation\n\nA 49-year-old woman with breast carcinoma received trastuzumab deruxtecan. Eighteen months after stopping treatment she had no evidence of disease.\n")]
    [InlineData("Case presentation\n\nA 52-year-old man with colon adenocarcinoma received FOLFOX. He had no evidence of disease 12 months after surgery. At the last visit he was free of disease 2 years after surgery.\n")]
    public void TwoDifferentTimesStayTwoFacts(string text) =>
        Assert.Equal(2, Engines.Extract(text).Outcomes.Count(o => o.Kind == "no-evidence-of-disease"));
}
