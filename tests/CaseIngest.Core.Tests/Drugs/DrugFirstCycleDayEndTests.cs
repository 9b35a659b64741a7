namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A course ended within its first cycle told by a day of that cycle ("On day 10 of cycle 1 he was admitted with
/// pneumonia and died"; "on C1D8 … chemotherapy was stopped") received one cycle; a day of the first cycle with no end
/// of treatment, a later cycle reached after it, and a day of a later cycle say no count of one.
/// </summary>
public sealed class DrugFirstCycleDayEndTests
{
    [Theory]
    [InlineData("Cisplatin and pemetrexed were started on 2 May. On day 10 of cycle 1 he was admitted with pneumonia and died.", "pemetrexed")]
    [InlineData("Cisplatin and pemetrexed were started on 2 May. On day 10 of cycle 1 he was admitted with pneumonia and died.", "cisplatin")]
    [InlineData("She was started on gemcitabine and nab-paclitaxel. On C1D8 she had grade 4 neutropenia, and chemotherapy was discontinued.", "gemcitabine")]
    [InlineData("Carboplatin and etoposide were given. During cycle 1 the patient's condition declined, and best supportive care was chosen.", "etoposide")]
    public void ACourseEndedWithinItsFirstCycleIsOneCycle(string text, string generic) =>
        Assert.Equal(1, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Cisplatin and pemetrexed were started on 2 May. On day 10 of cycle 1 he had a rash, which settled with emollients.", "pemetrexed")]
    [InlineData("Docetaxel was started in June. On C1D8 she had mucositis; cycle 3 was given at a reduced dose.", "docetaxel")]
    [InlineData("FOLFIRI was resumed. On day 8 of cycle 11 he was admitted with sepsis and died.", "irinotecan")]
    public void ADayOfTheFirstCycleWithoutAnEndOrFollowedByLaterCyclesIsNoCountOfOne(string text, string generic) =>
        Assert.NotEqual(1, DrugFacts.Single(text, generic).Cycles);
}
