using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

public sealed class DrugCoordinationStatusTests
{
    [Theory]
    [InlineData("The patient declined the proposed adjuvant regimen of cisplatin, vinorelbine, gemcitabine and bevacizumab.", "cisplatin,vinorelbine,gemcitabine,bevacizumab")]
    [InlineData("Paclitaxel, carboplatin and bevacizumab, the usual combination in this setting, were felt too toxic for her.", "paclitaxel,carboplatin,bevacizumab")]
    [InlineData("Gemcitabine and docetaxel are often chosen at this point, but here they were felt too toxic.", "gemcitabine,docetaxel")]
    public void ANotGivenCueThatHeadsAListAppliesToEveryMember(string text, string names)
    {
        var drugs = DrugFacts.Of(text);
        foreach (var name in names.Split(','))
        {
            Assert.Equal(TreatmentStatus.NotGiven, DrugFacts.Single(text, name).Status);
        }

        Assert.DoesNotContain(drugs, d => d.Status == TreatmentStatus.Given);
    }

    [Fact]
    public void ARegimenJudgedTooToxicIsNotGivenAndTheRegimenGivenInsteadIsGiven()
    {
        const string text = "Ifosfamide with doxorubicin is the usual first regimen, but it was felt too toxic because of his frailty. " +
            "He therefore started gemcitabine and docetaxel in March.";
        Assert.Equal(TreatmentStatus.NotGiven, DrugFacts.Single(text, "ifosfamide").Status);
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, "gemcitabine").Status);
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, "docetaxel").Status);
    }

    [Theory]
    [InlineData("FOLFOX was considered but felt too toxic for her.")]
    [InlineData("FOLFIRINOX was proposed, but she declined.")]
    [InlineData("Adjuvant FOLFOX was discussed with the patient.")]
    public void ARegimenOnlyTalkedAboutIsNotGivenInAnyComponent(string text)
    {
        var drugs = DrugFacts.Of(text);
        Assert.Contains(drugs, d => d.Name == "oxaliplatin");
        Assert.All(drugs, d => Assert.Equal(TreatmentStatus.NotGiven, d.Status));
    }

    [Fact]
    public void AProposedTreatmentIsPlanned() =>
        Assert.Equal(TreatmentStatus.Planned, DrugFacts.Single("Pembrolizumab was proposed as second-line therapy.", "pembrolizumab").Status);

    [Fact]
    public void ACueOnOneSideOfAContrastDoesNotReachTheOtherSide()
    {
        const string text = "She received carboplatin and paclitaxel, but bevacizumab was withheld because of haemoptysis.";
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, "carboplatin").Status);
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, "paclitaxel").Status);
        Assert.Equal(TreatmentStatus.NotGiven, DrugFacts.Single(text, "bevacizumab").Status);
    }

    [Theory]
    [InlineData("Bevacizumab was considered but not started, and paclitaxel was given weekly.", "bevacizumab", "paclitaxel")]
    [InlineData("Pembrolizumab was withheld because of colitis, and carboplatin was continued at AUC 5.", "pembrolizumab", "carboplatin")]
    [InlineData("Radiotherapy with cetuximab was declined, and she was treated with cisplatin alone.", "cetuximab", "cisplatin")]
    [InlineData("Nivolumab was deferred because of hepatitis, and he was started on prednisone.", "nivolumab", "prednisone")]
    public void ANotGivenStatusDoesNotCrossAnAndThatOpensANewClause(string text, string notGiven, string given)
    {
        Assert.Equal(TreatmentStatus.NotGiven, DrugFacts.Single(text, notGiven).Status);
        Assert.Equal(TreatmentStatus.Given, DrugFacts.Single(text, given).Status);
    }
}
