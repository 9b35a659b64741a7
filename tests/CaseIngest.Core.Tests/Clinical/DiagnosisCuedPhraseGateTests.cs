using CaseIngest.Core.Extraction.Diagnoses;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// The cheap test before the cued noun-phrase pattern lets through every phrase the pattern can name (a head word in its
/// first six words, or a Latin name's opening as its first word), turns away the words after a cue that hold none, and
/// leaves the cued conditions found as before; a closing list's lines are still read under a diagnosis line.
/// </summary>
public sealed class DiagnosisCuedPhraseGateTests
{
    [Theory]
    [InlineData("Holt-Oram syndrome.")]
    [InlineData("autosomal dominant connective tissue disorder, and")]
    [InlineData("complete heart block was made")]
    [InlineData("severe mitral regurgitation (grade 3)")]
    [InlineData("livedo racemosa on both legs")]
    [InlineData("cor pulmonale")]
    [InlineData("granuloma annulare")]
    [InlineData("Hashimoto\u2019s thyroiditis in 2019")]
    [InlineData("PAPA syndrome type 2")]
    [InlineData("Stra\u00dfburger disease")]
    public void APhraseThePatternMayNamePassesTheCheapTest(string words) =>
        Assert.True(CuedConditions.MayName(words, 0, words.Length));

    [Theory]
    [InlineData("a moderately differentiated adenocarcinoma of the colon.")]
    [InlineData("the findings of the first scan")]
    [InlineData("by flow cytometry on day 4")]
    [InlineData("bulky mediastinal lymph nodes measuring up to 3 cm and a small pericardial disease")]
    [InlineData("12 mm nodule; the")]
    public void WordsWithoutAHeadBeforeTheRunEndsFailTheCheapTest(string words) =>
        Assert.False(CuedConditions.MayName(words, 0, words.Length));

    [Theory]
    [InlineData("Cardiac magnetic resonance imaging confirmed the diagnosis of left ventricular noncompaction disease.", "ventricular noncompaction disease")]
    [InlineData("The skin biopsy was consistent with lichen sclerosus, and topical clobetasol was started.", "lichen sclerosus")]
    [InlineData("The echocardiogram was consistent with severe tricuspid regurgitation.", "tricuspid regurgitation")]
    [InlineData("Angiography was compatible with moyamoya disease.", "moyamoya disease")]
    public void ACuedPhraseIsStillTheDiagnosis(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);

    [Theory]
    [InlineData("Computed tomography confirmed a large hepatic cyst measuring 8 cm.")]
    [InlineData("The diagnosis was confirmed by flow cytometry.")]
    public void ACueFollowedByNoDiseaseNounNamesNothing(string text) =>
        Assert.Empty(ClinicalRun.Run(text).Diagnoses);

    [Fact]
    public void AClosingListUnderADiagnosisLineIsStillRead()
    {
        var text = "She was discharged on the tenth day.\nThe final diagnoses were:\nSevere aortic insufficiency.\nComplete atrioventricular block.\n";
        var names = ClinicalRun.Run(text).Diagnoses.Select(d => d.Name).ToList();
        Assert.Contains("aortic insufficiency", names);
        Assert.Contains("complete atrioventricular block", names);
    }
}
