using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A death told as a fatal outcome, as succumbing or as passing away is the patient's death, with the time the text
/// gives it ("a fatal outcome 3 weeks after admission"); a fatal outcome stated of a share of cases is no death of the
/// patient.
/// </summary>
public sealed class OutcomeFatalWordingTests
{
    [Theory]
    [InlineData("Case presentation\nA 67-year-old man with pancreatic adenocarcinoma received gemcitabine and nab-paclitaxel. The disease progressed and he had a fatal outcome.")]
    [InlineData("Case presentation\nA 52-year-old woman with acute myeloid leukaemia was treated with azacitidine and venetoclax. Despite intensive care, the course was fatal.")]
    [InlineData("Case presentation\nA 74-year-old woman with cholangiocarcinoma received cisplatin. She eventually succumbed to the disease.")]
    [InlineData("Case presentation\nA 58-year-old man with glioblastoma received temozolomide. He passed away at home in hospice care.")]
    [InlineData("Case presentation\nA 46-year-old woman with anaplastic thyroid carcinoma was given lenvatinib. The outcome was fatal.")]
    public void ADeathToldAsAFatalOutcomeIsADeath(string text) =>
        Assert.Contains(Engines.Extract(text).Outcomes, o => o.Kind == "death");

    [Theory]
    [InlineData("Case presentation\nA 63-year-old man with mesothelioma received pemetrexed. Empyema developed, with a fatal outcome 3 weeks after admission.", 3, "week")]
    [InlineData("Case presentation\nA 71-year-old woman with ovarian carcinoma received carboplatin. She had a fatal outcome two months after the diagnosis.", 2, "month")]
    [InlineData("Case presentation\nA 55-year-old man with hepatoblastoma received cisplatin. He succumbed to the disease 8 months after diagnosis.", 8, "month")]
    [InlineData("Case presentation\nA 69-year-old woman with Merkel cell carcinoma received avelumab. She passed away 5 weeks after the last infusion.", 5, "week")]
    public void AFatalOutcomeKeepsItsTime(string text, int value, string unit)
    {
        var death = Assert.Single(Engines.Extract(text).Outcomes, o => o.Kind == "death");
        Assert.Equal((double)value, death.Value);
        Assert.StartsWith(unit, death.Unit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Case presentation\nA 62-year-old man with a gastric adenocarcinoma received FOLFOX. A fatal outcome is reported in 20% of such cases.")]
    [InlineData("Case presentation\nA 48-year-old woman with breast carcinoma received docetaxel. Fatal outcomes have been described with this toxicity.")]
    [InlineData("Case presentation\nA 59-year-old man with melanoma received ipilimumab. Untreated, myocarditis may have a fatal outcome.")]
    [InlineData("Case presentation\nA 66-year-old woman with lung adenocarcinoma received osimertinib. The pneumonitis was potentially fatal but resolved with steroids.")]
    public void AFatalOutcomeOfOtherCasesIsNoDeath(string text) =>
        Assert.DoesNotContain(Engines.Extract(text).Outcomes, o => o.Kind == "death");
}
