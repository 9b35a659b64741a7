namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug given a number of times ("was administered six times", "was injected twice", "on three occasions") received
/// that many cycles; a number of times per day, week or month ("three times a day", "twice weekly") is its frequency,
/// and a number of times a value ("three times the upper limit") is no count at all.
/// </summary>
public sealed class DrugTimesCountTests
{
    [Theory]
    [InlineData("Vinorelbine was administered five times at 3-week intervals.", "vinorelbine", 5)]
    [InlineData("Pertuzumab was given 3 times before the operation.", "pertuzumab", 3)]
    [InlineData("Methotrexate was injected twice, without improvement.", "methotrexate", 2)]
    [InlineData("Oxaliplatin was repeated four times.", "oxaliplatin", 4)]
    [InlineData("The patient was given etoposide two times.", "etoposide", 2)]
    [InlineData("Denosumab was infused three times at monthly intervals.", "denosumab", 3)]
    [InlineData("Cabazitaxel was administered 7 times, every 3 weeks.", "cabazitaxel", 7)]
    [InlineData("Atezolizumab was administered eleven times until the disease progressed.", "atezolizumab", 11)]
    [InlineData("Ifosfamide and mesna were given three times every 4 weeks.", "ifosfamide", 3)]
    [InlineData("After receiving irinotecan twice, she developed severe diarrhoea.", "irinotecan", 2)]
    [InlineData("Durvalumab was given on four occasions before the pneumonitis began.", "durvalumab", 4)]
    [InlineData("Bortezomib was injected on 6 separate occasions.", "bortezomib", 6)]
    [InlineData("Avelumab was administered thrice with stable disease.", "avelumab", 3)]
    public void ADrugGivenANumberOfTimesReceivedThatManyCycles(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Paclitaxel was given three times a week.", "paclitaxel")]
    [InlineData("Prednisolone 5 mg was taken three times daily.", "prednisolone")]
    [InlineData("Ondansetron was administered twice a day for nausea.", "ondansetron")]
    [InlineData("Filgrastim was injected twice weekly.", "filgrastim")]
    [InlineData("Metformin was given twice-daily with meals.", "metformin")]
    [InlineData("Vancomycin was given 4 times per day.", "vancomycin")]
    [InlineData("Gemcitabine was started, and the ALT rose to three times the upper limit of normal.", "gemcitabine")]
    [InlineData("Ibuprofen was taken 3 times/day.", "ibuprofen")]
    public void TimesPerDayOrWeekAndTimesAValueAreNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
