namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A count of cycles in a clause that names its drug after it ("…, and after four cycles the carboplatin was stopped";
/// "He received capecitabine and, after two cycles, oxaliplatin was stopped") belongs to that clause: it does not reach a
/// drug of the clause before it. A count in the drug's own clause, or one no later drug follows, still counts for it.
/// </summary>
public sealed class DrugCountOfALaterClauseTests
{
    [Theory]
    [InlineData("Ondansetron was given for nausea, and after four cycles the carboplatin was stopped.", "ondansetron")]
    [InlineData("He received capecitabine and, after two cycles, oxaliplatin was stopped.", "capecitabine")]
    [InlineData("Dexamethasone was prescribed for the cerebral oedema, and after six courses the docetaxel was discontinued.", "dexamethasone")]
    [InlineData("She took metformin throughout, but after three cycles the gemcitabine was withheld.", "metformin")]
    [InlineData("Filgrastim was added, and following two cycles, cisplatin was replaced by carboplatin.", "filgrastim")]
    public void ACountInALaterClauseOfAnotherDrugCountsNothingForTheDrugBefore(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He received capecitabine for two cycles, and oxaliplatin was then added.", "capecitabine", 2)]
    [InlineData("She was given six cycles of docetaxel, and zoledronic acid was continued.", "docetaxel", 6)]
    [InlineData("Gemcitabine was administered, and after four cycles the CA 19-9 level fell.", "gemcitabine", 4)]
    [InlineData("He received capecitabine and, after two cycles, oxaliplatin was stopped.", "oxaliplatin", 2)]
    public void ACountInTheDrugsOwnClauseOrBeforeNoOtherDrugStillCounts(string text, string generic, int cycles) =>
        Assert.Equal(cycles, DrugFacts.Single(text, generic).Cycles);
}
