using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Markers as pathology paragraphs state them: spellings split by a space or hyphen, a negated verb after the marker,
/// stain nouns and verbs, a new predicate after a negative list, and one verdict after a panel.
/// </summary>
public sealed class MarkerPathologyParagraphTests
{
    [Theory]
    [InlineData("The spindle cells were diffusely positive for SATB-2 and negative for keratin.", "SATB2", "positive")]
    [InlineData("Tumour nuclei were positive for TLE-1, while CD34 was negative.", "TLE1", "positive")]
    [InlineData("The small lymphoid cells were positive for SOX-11 and cyclin D1.", "SOX11", "positive")]
    [InlineData("Nuclear Fli-1 was seen in most tumour cells.", "FLI1", "positive")]
    [InlineData("The neoplastic cells were positive for CD 99 and Fli 1.", "FLI1", "positive")]
    [InlineData("The lesion was negative for CD 34 and desmin.", "CD34", "negative")]
    [InlineData("Tumour cells stained for HMB 45 and Melan A.", "Melan-A", "positive")]
    [InlineData("Tumour cells stained for HMB 45 and Melan A.", "HMB45", "positive")]
    [InlineData("The cells were S 100 negative.", "S100", "negative")]
    [InlineData("Cam 5.2 was positive in the epithelioid component.", "CK8/18", "positive")]
    [InlineData("The tumour lacked MART 1 and SOX-10 staining.", "SOX10", "negative")]
    public void SpacedAndHyphenatedSpellingsAreTheMarker(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("SATB2 is a transcription factor that regulates osteoblast differentiation.", "SATB2")]
    [InlineData("A panel including CD117 and DOG1 was requested for the next biopsy.", "DOG1")]
    [InlineData("Serum IGF-1 was 310 ng/mL.", "IGF1")]
    [InlineData("The patient had no fever and was discharged after the IL-6 level fell.", "IL6")]
    public void ControlsGiveNoMarker(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);
}
