namespace CaseIngest.Core.Tests.Maccrobat;

public sealed class MaccrobatValuesTests
{
    [Theory]
    [InlineData("75 mg/m2", "75|mg/m2")]
    [InlineData("1,000 mg daily", "1000|mg")]
    [InlineData("0,5 ml/day", "0.5|ml")]
    [InlineData("2 g/kg", "2000|mg/kg")]
    [InlineData("1 g", "1000|mg")]
    [InlineData("150\u2009μg", "150|\u00b5g")]
    [InlineData("500 mcg", "500|\u00b5g")]
    [InlineData("5000 IU", "5000|u")]
    [InlineData("70 units/kg", "70|u/kg")]
    [InlineData("3 million units", "3000000|u")]
    [InlineData("AUC 5", "5|auc")]
    [InlineData("area under the curve of 4.5", "4.5|auc")]
    [InlineData("high-dose", null)]
    [InlineData("0.3 µg/kg/min", null)]
    [InlineData("5 mg/min", null)]
    public void DosesBecomeValueAndCanonicalUnit(string text, string? key) => Assert.Equal(key, MaccrobatValues.Dose(text));

    [Theory]
    [InlineData(1, "g", "1000|mg")]
    [InlineData(5, "IU", "5|u")]
    [InlineData(75, "mg/m2", "75|mg/m2")]
    public void EngineDosesGetTheSameKey(double value, string unit, string key) => Assert.Equal(key, MaccrobatValues.DoseKey(value, unit));

    [Theory]
    [InlineData("daily", "1|day")]
    [InlineData("once a day", "1|day")]
    [InlineData("twice daily", "0.5|day")]
    [InlineData("400 mg three times a day", "0.33|day")]
    [InlineData("2 times per week", "3.5|day")]
    [InlineData("every 12 h", "0.5|day")]
    [InlineData("every three weeks", "21|day")]
    [InlineData("every other day", "2|day")]
    [InlineData("monthly", "1|month")]
    [InlineData("20 mg/day", "1|day")]
    [InlineData("for 5 days", null)]
    [InlineData("on day 1", null)]
    public void FrequenciesBecomeAnIntervalInDaysOrMonths(string text, string? key) => Assert.Equal(key, MaccrobatValues.Frequency(text));

    [Theory]
    [InlineData("six cycles", 6)]
    [InlineData("for 4 cycles", 4)]
    [InlineData("3 courses", 3)]
    [InlineData("every 3 weeks", null)]
    public void CyclesAreCounted(string text, int? cycles) => Assert.Equal(cycles, MaccrobatValues.Cycles(text));

    [Theory]
    [InlineData(3, "week", "21|day")]
    [InlineData(8, "hour", "0.33|day")]
    [InlineData(1, "month", "1|month")]
    public void EngineFrequenciesGetTheSameKey(double every, string unit, string key) => Assert.Equal(key, MaccrobatValues.FrequencyKey(every, unit));

    [Theory]
    [InlineData("intravenously", "intravenous")]
    [InlineData("i.v.", "intravenous")]
    [InlineData("continuous infusion", "intravenous")]
    [InlineData("by mouth", "oral")]
    [InlineData("orally", "oral")]
    [InlineData("subcutaneously", "subcutaneous")]
    [InlineData("emulsion", null)]
    public void AdministrationWordsBecomeRoutes(string text, string? route) => Assert.Equal(route, MaccrobatValues.Route(text));

    [Theory]
    [InlineData("diffusely positive", "positive")]
    [InlineData("+", "positive")]
    [InlineData("strong expression", "positive")]
    [InlineData("negative", "negative")]
    [InlineData("no staining", "negative")]
    [InlineData("absent", "negative")]
    [InlineData("loss of expression", "lost")]
    [InlineData("amplification", "amplified")]
    [InlineData("wild-type", "wild-type")]
    [InlineData("12.4 ng/mL", null)]
    [InlineData("elevated", null)]
    public void LabValuesBecomeMarkerResults(string text, string? result) => Assert.Equal(result, MaccrobatValues.MarkerResult(text));

    [Theory]
    [InlineData("passed away", "death")]
    [InlineData("succumbed", "death")]
    [InlineData("local recurrence", "recurrence")]
    [InlineData("progression of the disease", "progressive-disease")]
    [InlineData("doing well", null)]
    [InlineData("discharged", null)]
    public void OutcomeWordsBecomeContractKinds(string text, string? kind) => Assert.Equal(kind, MaccrobatValues.OutcomeKind(text));
}
