namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// Regimen acronyms of lymphoma, myeloma and Hodgkin treatment, with the prefixes that add a drug (R- rituximab, Dara-
/// or D- daratumumab, Pola- polatuzumab vedotin) or only qualify the regimen (DA- dose-adjusted, mini-), give their
/// drugs and the count of cycles stated before them.
/// </summary>
public sealed class RegimenAcronymCoverageTests
{
    [Theory]
    [InlineData("He received six cycles of BR for follicular lymphoma.", "bendamustine,rituximab", 6)]
    [InlineData("She was treated with Pola-R-CHP for six cycles.", "cyclophosphamide,doxorubicin,polatuzumab vedotin,prednisone,rituximab", 6)]
    [InlineData("Induction therapy consisted of RVd for 4 cycles.", "bortezomib,dexamethasone,lenalidomide", 4)]
    [InlineData("He was treated with KRd for eight cycles.", "carfilzomib,dexamethasone,lenalidomide", 8)]
    [InlineData("She received Dara-VRd induction for four cycles.", "bortezomib,daratumumab,dexamethasone,lenalidomide", 4)]
    [InlineData("He received 2 cycles of DA-R-EPOCH.", "cyclophosphamide,doxorubicin,etoposide,prednisone,rituximab,vincristine", 2)]
    [InlineData("Salvage R-GemOx was given for four cycles.", "gemcitabine,oxaliplatin,rituximab", 4)]
    [InlineData("Given her frailty, she received six cycles of R-mini-CHOP.", "cyclophosphamide,doxorubicin,prednisone,rituximab,vincristine", 6)]
    [InlineData("Four cycles of VTd induction were followed by autologous transplantation.", "bortezomib,dexamethasone,thalidomide", 4)]
    public void AnAcronymGivesItsDrugsWithTheirCycles(string text, string names, int cycles)
    {
        var drugs = DrugFacts.Of(text);
        Assert.Equal(names.Split(',').Order(StringComparer.Ordinal), drugs.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.All(drugs, d => Assert.Equal(cycles, d.Cycles));
    }

    [Theory]
    [InlineData("She completed dose-dense AC-T.", "cyclophosphamide,doxorubicin,paclitaxel")]
    [InlineData("He was treated with VTd induction.", "bortezomib,dexamethasone,thalidomide")]
    public void AnInductionOrDoseDenseRegimenCountsAsARegimenWord(string text, string names)
    {
        Assert.Equal(names.Split(',').Order(StringComparer.Ordinal), DrugFacts.Of(text).Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("She received 6 cycles of TC chemotherapy for ovarian cancer.", "carboplatin,paclitaxel")]
    [InlineData("Endometrial carcinoma was treated with adjuvant TC chemotherapy.", "carboplatin,paclitaxel")]
    [InlineData("After lumpectomy for breast cancer, she received four cycles of TC chemotherapy.", "cyclophosphamide,docetaxel")]
    public void TcReadsAsDocetaxelCyclophosphamideOnlyInABreastCancerReport(string text, string names)
    {
        Assert.Equal(names.Split(',').Order(StringComparer.Ordinal), DrugFacts.Of(text).Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("The BR score was 7.")]
    [InlineData("KRd was not mentioned in the abstract.")]
    public void AShortAcronymWithoutARegimenWordIsNoRegimen(string text)
    {
        Assert.Empty(DrugFacts.Of(text));
    }
}
