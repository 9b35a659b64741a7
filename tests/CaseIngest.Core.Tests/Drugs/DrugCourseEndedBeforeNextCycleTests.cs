namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A course that ended before a later cycle received the cycles before it: "died of pneumonia before the second cycle" is
/// one cycle, "before the third course, treatment was stopped" two. A first infusion after which the treatment was never
/// resumed or not restarted is one. A cycle a time is told before ("before the second cycle, the dose was reduced"), or
/// a treatment resumed later ("not resumed until the counts recovered"), is no count.
/// </summary>
public sealed class DrugCourseEndedBeforeNextCycleTests
{
    [Theory]
    [InlineData("He was given carboplatin and etoposide on 3 March. He died of pneumonia on 15 March, before the second cycle.", "carboplatin", 1)]
    [InlineData("He was given carboplatin and etoposide on 3 March. He died of pneumonia on 15 March, before the second cycle.", "etoposide", 1)]
    [InlineData("Docetaxel was given in April, and she died of sepsis before the second cycle.", "docetaxel", 1)]
    [InlineData("Cisplatin and gemcitabine were started on 2 May. Prior to the third course, treatment was stopped because of renal failure.", "gemcitabine", 2)]
    [InlineData("Gemcitabine and nab-paclitaxel were started in June. After the first infusion she developed pneumonitis, and the treatment was never resumed.", "gemcitabine", 1)]
    [InlineData("Gemcitabine and nab-paclitaxel were started in June. After the first infusion she developed pneumonitis, and the treatment was never resumed.", "paclitaxel", 1)]
    [InlineData("He was started on FOLFOX. After the first cycle he developed a bowel perforation, and chemotherapy was not restarted.", "oxaliplatin", 1)]
    public void ACourseEndedBeforeALaterCycleReceivedTheCyclesBeforeIt(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("Her neutrophil count recovered before the second cycle of docetaxel.", "docetaxel")]
    [InlineData("She received docetaxel in May; before the second cycle, the dose was reduced by 20%.", "docetaxel")]
    [InlineData("Carboplatin and paclitaxel were started in May; after the first cycle the treatment was not resumed until the counts recovered.", "carboplatin")]
    [InlineData("Cisplatin and etoposide were given in March. Before the second cycle he was admitted with fever, and cisplatin was replaced by carboplatin.", "carboplatin")]
    public void ACycleToldAsATimeOrATreatmentResumedIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
