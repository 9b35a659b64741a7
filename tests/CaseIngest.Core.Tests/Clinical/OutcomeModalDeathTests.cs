namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A death a modal verb tells as what might have been ("would have died", "could have resulted in death") is no death
/// of the patient; a death told as it happened stays one, also beside a modal verb elsewhere in the sentence.
/// </summary>
public sealed class OutcomeModalDeathTests
{
    [Theory]
    [InlineData("A 59-year-old man with pancreatic adenocarcinoma received gemcitabine. Without a bypass, he would have died within weeks.")]
    [InlineData("A 44-year-old woman with a hepatic angiosarcoma had a rupture. The haemorrhage could have resulted in death had it not been embolised.")]
    [InlineData("A 68-year-old man with myelodysplastic syndrome received azacitidine. He might have succumbed to sepsis without early antibiotics.")]
    [InlineData("A 73-year-old woman with ovarian carcinoma received carboplatin. Untreated, she would probably have died of bowel obstruction.")]
    public void ADeathToldAsWhatMightHaveBeenIsNoDeath(string text) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");

    [Theory]
    [InlineData("A 64-year-old man with cholangiocarcinoma received cisplatin. He died of liver failure four months later.")]
    [InlineData("A 58-year-old woman with glioblastoma was told she would need a second operation; she died two weeks later.")]
    [InlineData("A 70-year-old man with mesothelioma could not tolerate pemetrexed and died at home.")]
    public void ADeathToldAsItHappenedIsADeath(string text) =>
        Assert.Contains(ClinicalRun.Run(text).Outcomes, o => o.Kind == "death");
}
