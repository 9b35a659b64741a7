namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A treatment that ended at the cycle it reached ("she received the first cycle …, and died two weeks later"; "after
/// cycle 1 best supportive care was chosen"; "the second course was complicated by sepsis, after which chemotherapy was
/// stopped") received that many cycles, when no later cycle is told. A first cycle followed by more cycles, or by no end
/// of treatment, is no count.
/// </summary>
public sealed class DrugEndedCourseCountTests
{
    [Theory]
    [InlineData("She received the first cycle of carboplatin and paclitaxel; two weeks later she presented with a bowel perforation and died.", "paclitaxel", 1)]
    [InlineData("She received the first cycle of carboplatin and paclitaxel; two weeks later she presented with a bowel perforation and died.", "carboplatin", 1)]
    [InlineData("A first course of cisplatin and vinorelbine was complicated by febrile neutropenia, and chemotherapy was abandoned.", "vinorelbine", 1)]
    [InlineData("He was started on FOLFOX. He tolerated the first cycle poorly, and no further chemotherapy was given.", "oxaliplatin", 1)]
    [InlineData("XELOX was started, but he died of sepsis ten days after the first cycle.", "capecitabine", 1)]
    [InlineData("She was treated with gemcitabine and nab-paclitaxel. After cycle 1 her performance status declined and best supportive care was chosen.", "gemcitabine", 1)]
    [InlineData("He received cytarabine and daunorubicin. The second course was complicated by sepsis, after which chemotherapy was discontinued.", "daunorubicin", 2)]
    [InlineData("She was given ifosfamide. After the first cycle she developed encephalopathy, and the treatment was switched to trabectedin.", "ifosfamide", 1)]
    public void ATreatmentThatEndedAtTheCycleItReachedReceivedThatMany(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He received carboplatin and etoposide. After the first cycle he developed neutropenia, and the second cycle was delayed by a week.", "etoposide")]
    [InlineData("He received FOLFIRI. The first cycle was complicated by diarrhoea, and the dose of irinotecan was reduced.", "irinotecan")]
    [InlineData("She received docetaxel. The first cycle was stopped for a day because of a reaction, and further cycles were given with premedication.", "docetaxel")]
    [InlineData("She was given ifosfamide. After the first cycle she developed encephalopathy, and the treatment was switched to trabectedin.", "trabectedin")]
    [InlineData("He received pemetrexed. After the first cycle, the creatinine rose; pemetrexed was continued at a reduced dose.", "pemetrexed")]
    public void AFirstCycleFollowedByMoreOrByNoEndIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
