using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug told before a refusal of more treatment was given ("After the first cycle of cisplatin and fluorouracil, the
/// patient refused further chemotherapy": given, one cycle), and a drug started "as recommended by" a team was given. A
/// refusal before the drug ("He refused further chemotherapy with docetaxel"), a refusal of the drug itself, and a
/// recommendation alone ("The tumour board recommended pembrolizumab") keep their status.
/// </summary>
public sealed class DrugGivenBeforeFurtherRefusedTests
{
    [Theory]
    [InlineData("After the first cycle of cisplatin and fluorouracil, the patient refused further chemotherapy.", "cisplatin")]
    [InlineData("After the first cycle of cisplatin and fluorouracil, the patient refused further chemotherapy.", "fluorouracil")]
    [InlineData("Two cycles of docetaxel were given, after which she declined any further treatment.", "docetaxel")]
    [InlineData("He tolerated gemcitabine poorly and refused further cycles.", "gemcitabine")]
    [InlineData("Levetiracetam was started, as recommended by the neurology team.", "levetiracetam")]
    [InlineData("He was initiated on midazolam as recommended by the intensive care team.", "midazolam")]
    [InlineData("Pembrolizumab was started in May, as recommended by the tumour board.", "pembrolizumab")]
    public void ADrugToldBeforeARefusalOfMoreOrStartedAsRecommendedWasGiven(string text, string generic) =>
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, generic).Status);

    [Theory]
    [InlineData("After the first cycle of cisplatin and fluorouracil, the patient refused further chemotherapy.", "cisplatin")]
    [InlineData("Carboplatin and paclitaxel were given in March. After the first cycle, she declined further chemotherapy.", "paclitaxel")]
    public void AFirstCycleFollowedByARefusalOfMoreIsOneCycle(string text, string generic) =>
        Assert.Equal(1, DrugFacts.Single(text, generic).Cycles);

    [Theory]
    [InlineData("He refused further chemotherapy with docetaxel.", "docetaxel", TreatmentStatus.NotGiven)]
    [InlineData("He refused chemotherapy with carboplatin and etoposide.", "etoposide", TreatmentStatus.NotGiven)]
    [InlineData("Adjuvant capecitabine was recommended, but she declined.", "capecitabine", TreatmentStatus.NotGiven)]
    [InlineData("The tumour board recommended pembrolizumab.", "pembrolizumab", TreatmentStatus.Planned)]
    [InlineData("Pembrolizumab was recommended by the tumour board.", "pembrolizumab", TreatmentStatus.Planned)]
    public void ARefusalOfTheDrugOrARecommendationAloneKeepsItsStatus(string text, string generic, string status) =>
        Assert.Equal(status, DrugFacts.Single(text, generic).Status);
}
