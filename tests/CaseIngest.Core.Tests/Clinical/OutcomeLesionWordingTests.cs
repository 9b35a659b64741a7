namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Outcomes told as what happened to the lesions of a treated cancer: new lesions of an organ, shrinkage of the lesions
/// in words or by their measures, and a survival told with "lived".
/// </summary>
public sealed class OutcomeLesionWordingTests
{
    [Theory]
    [InlineData("He had metastatic colon adenocarcinoma and started oxaliplatin in March. Three months later, new hepatic lesions appeared.", "oxaliplatin")]
    [InlineData("She was treated with pembrolizumab for melanoma. A restaging CT in June showed multiple new lung nodules.", "pembrolizumab")]
    public void NewLesionsOfAnOrganAfterTreatmentOfACancerAreProgression(string text, string drug) =>
        Assert.Contains(ClinicalRun.Run(text, drug).Outcomes, o => o.Kind == "progressive-disease");

    [Fact]
    public void NewMetastaticSitesAreProgression() =>
        Assert.Contains(ClinicalRun.Run("The melanoma of her heel was excised twice. A year later she noticed new metastatic sites in the skin of both thighs.").Outcomes,
            o => o.Kind == "progressive-disease");

    [Theory]
    [InlineData("He had metastatic colon adenocarcinoma and started oxaliplatin in March. Two weeks later, new hepatic lesions consistent with abscesses appeared.", "oxaliplatin")]
    [InlineData("She received infliximab for Crohn disease. Three months later, new hepatic lesions appeared.", "infliximab")]
    [InlineData("A colon adenocarcinoma was found at colonoscopy. Three months later, new hepatic lesions appeared.")]
    public void NewLesionsWithAnotherCauseOrWithoutATreatedCancerAreNoProgression(string text, params string[] drugs) =>
        Assert.DoesNotContain(ClinicalRun.Run(text, drugs).Outcomes, o => o.Kind == "progressive-disease");

    [Theory]
    [InlineData("Follow-up CT after four cycles of oxaliplatin revealed a marked reduction of the liver metastases.")]
    [InlineData("After two cycles of docetaxel the tumour size decreased from 5.2 cm to 2.1 cm.")]
    [InlineData("On the next scan the dominant lesion had shrunk from 48 mm to 30 mm.")]
    public void ShrinkageOfTheLesionsInWordsOrByTheirMeasuresIsShrinkage(string text) =>
        Assert.Equal("tumor-shrinkage", Assert.Single(ClinicalRun.Run(text).Outcomes).Kind);

    [Theory]
    [InlineData("The dose of docetaxel was reduced from 75 mg to 60 mg after the first cycle.")]
    [InlineData("A reduction of the prednisolone dose was followed by a flare of the colitis.")]
    public void AReductionOfADoseIsNoShrinkage(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "tumor-shrinkage");

    [Fact]
    public void LivedForATimeAfterAnEventIsTheOverallSurvival()
    {
        var outcome = Assert.Single(ClinicalRun.Run("Despite treatment of the pancreatic cancer, the patient lived for 14 months after the diagnosis.").Outcomes);
        Assert.Equal(("overall-survival", 14.0, "month"), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }

    [Fact]
    public void LivedForATimeSomewhereIsNoSurvival() =>
        Assert.Empty(ClinicalRun.Run("Before the diagnosis of the lymphoma she had lived for 20 years in Spain.").Outcomes);

    [Theory]
    [InlineData("After six cycles of pemetrexed his disease has been stable for 8 months.", 8.0)]
    [InlineData("The liver metastases have been stable on nivolumab since then.", null)]
    [InlineData("On the latest scan the pulmonary nodules are stable.", null)]
    public void StableToldWithAnotherVerbIsStableDisease(string text, double? months)
    {
        var outcome = Assert.Single(ClinicalRun.Run(text).Outcomes);
        Assert.Equal(("stable-disease", months), (outcome.Kind, outcome.Value));
    }

    [Theory]
    [InlineData("Her vital signs were stable throughout the infusion.")]
    [InlineData("The patient has been stable since discharge.")]
    public void AStablePatientOrSignIsNoStableDisease(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Outcomes);

    [Fact]
    public void AliveWithDiseaseAfterATimeIsTheOverallSurvival()
    {
        var outcome = Assert.Single(ClinicalRun.Run("He is alive with disease 3 years after the diagnosis of the sarcoma.").Outcomes);
        Assert.Equal(("overall-survival", 3.0, "year"), (outcome.Kind, outcome.Value!.Value, outcome.Unit!));
    }
}
