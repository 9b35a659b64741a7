namespace CaseIngest.Core.Tests.Drugs;

/// <summary>Courses of a treatment: counts of cycles stated apart from the drug names, and second courses.</summary>
public sealed class DrugCourseTests
{
    [Fact]
    public void CyclesInTheNextSentenceCountForTheDrugsJustNamed()
    {
        var drugs = DrugFacts.Of("She was started on carboplatin and paclitaxel. Regrettably, after two cycles the pleural effusion increased.");
        Assert.All(drugs, d => Assert.Equal(2, d.Cycles));
    }

    [Fact]
    public void CyclesOfChemotherapyInTheNextSentenceCountForItsDrugs()
    {
        var drugs = DrugFacts.Of("Docetaxel and cyclophosphamide were given. After four cycles of adjuvant chemotherapy, imaging showed no disease.");
        Assert.All(drugs, d => Assert.Equal(4, d.Cycles));
    }

    [Fact]
    public void CyclesFarAfterTheStatementDoNotReachIt()
    {
        var drugs = DrugFacts.Of("Docetaxel was given. The scan was repeated. The patient was seen again. A biopsy was taken. After four cycles the lesion grew.");
        Assert.Null(drugs.Single(d => d.Name == "docetaxel").Cycles);
    }

    [Fact]
    public void CyclesStatedForTheDrugItselfAreNotOverwritten()
    {
        var drugs = DrugFacts.Of("She received six cycles of gemcitabine. After two cycles, the CA19-9 level fell.");
        Assert.Equal(6, drugs.Single(d => d.Name == "gemcitabine").Cycles);
    }

    [Fact]
    public void AnEvaluationAfterSomeCyclesOfALongerCourseIsNotTheCount()
    {
        var drugs = DrugFacts.Of("Carboplatin and etoposide were started. Restaging CT after four cycles showed a partial response. After the sixth cycle, the tumour marker normalised.");
        Assert.All(drugs, d => Assert.NotEqual(4, d.Cycles));
    }

    [Fact]
    public void ASecondCourseWithAnotherCountIsASecondFact()
    {
        var drugs = DrugFacts.Of("He received 3 cycles of neoadjuvant XELOX before surgery. After resection, another 6 cycles of XELOX were given.");
        var oxaliplatin = drugs.Where(d => d.Name == "oxaliplatin").Select(d => d.Cycles).Order().ToList();
        Assert.Equal([3, 6], oxaliplatin);
    }

    [Fact]
    public void CyclesWrittenWithoutOfReachTheDrugs()
    {
        var drugs = DrugFacts.Of("He received four cycles chemotherapy with docetaxel and nedaplatin.");
        Assert.All(drugs, d => Assert.Equal(4, d.Cycles));
        Assert.Equal(2, drugs.Count);
    }

    [Fact]
    public void AManufacturerInParenthesesDoesNotBreakTheList()
    {
        var drugs = DrugFacts.Of("He received four cycles of nab-paclitaxel (Hengrui Medicine, Lianyungang, China) and cisplatin.");
        Assert.Equal(4, drugs.Single(d => d.Name == "cisplatin").Cycles);
    }

    [Fact]
    public void TheOrdinalOfACourseCountsItsCycles()
    {
        var drugs = DrugFacts.Of("The third course of docetaxel and ramucirumab was delayed by one week.");
        Assert.All(drugs, d => Assert.Equal(3, d.Cycles));
        Assert.Equal(2, drugs.Count);
    }
}
