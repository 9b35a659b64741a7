namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A course that stopped at its first cycle received one: "only the first cycle of FOLFOX was given", "Only the first
/// cycle was given" after the drugs were named, "the first and only course of", or a first cycle whose second was
/// withheld, cancelled or never given ("…; the second was withheld because of sepsis"), or a cycle received by its number
/// before the course ended ("received cycle 1 of R-CHOP … and died"). A single infusion or dose ("after one infusion of",
/// "was given for one dose") counts as one cycle as counted infusions do. A first cycle told as a time ("after the first
/// cycle, the dose was reduced"), a second cycle delayed, given or held for a time, or a cycle received by its number
/// with no end told is no count.
/// </summary>
public sealed class DrugCourseOfOneTests
{
    [Theory]
    [InlineData("A first cycle of cisplatin and etoposide was given; the second was withheld because of sepsis.", "cisplatin")]
    [InlineData("A first cycle of cisplatin and etoposide was given; the second was withheld because of sepsis.", "etoposide")]
    [InlineData("She received carboplatin and pemetrexed; the second cycle was cancelled because of neutropenic sepsis.", "pemetrexed")]
    [InlineData("He was started on gemcitabine and cisplatin. The second course was never given because of renal failure.", "gemcitabine")]
    [InlineData("Only the first cycle of FOLFOX was given.", "oxaliplatin")]
    [InlineData("The first and only course of docetaxel was given in June.", "docetaxel")]
    [InlineData("He started cisplatin and etoposide in May. Only the first cycle was given because of renal failure.", "etoposide")]
    [InlineData("After one infusion of pembrolizumab he developed hepatitis.", "pembrolizumab")]
    [InlineData("A single infusion of rituximab was given before the transfer.", "rituximab")]
    [InlineData("He received one dose of nivolumab before the admission.", "nivolumab")]
    [InlineData("Pembrolizumab was given for one dose before he developed myocarditis.", "pembrolizumab")]
    [InlineData("The patient received cycle 1 of R-CHOP on 3 May and died on 10 May.", "rituximab")]
    [InlineData("The first cycle of AC was complicated by febrile neutropenia; the remaining cycles were cancelled.", "doxorubicin")]
    public void ACourseStoppedAtItsFirstCycleIsACountOfOne(string text, string generic) =>
        Assert.Equal(1, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("After the first cycle of FOLFOX, the dose was reduced.", "oxaliplatin")]
    [InlineData("She received carboplatin and paclitaxel; the second cycle was delayed by one week.", "carboplatin")]
    [InlineData("She received carboplatin and paclitaxel; the second cycle was given at a reduced dose.", "paclitaxel")]
    [InlineData("The first cycle of docetaxel was given in June.", "docetaxel")]
    [InlineData("He started cisplatin and etoposide in May. The first cycle was given in hospital.", "cisplatin")]
    [InlineData("She received cycle 1 of R-CHOP on 3 May.", "rituximab")]
    [InlineData("She received carboplatin and paclitaxel; the second cycle was withheld until the neutrophil count recovered.", "carboplatin")]
    [InlineData("Docetaxel was given for one week before the second cycle.", "docetaxel")]
    public void AFirstCycleToldAsATimeOrASecondGivenIsNoCount(string text, string generic) =>
        Assert.Null(DrugFacts.Single(text, generic).Cycles);
}
