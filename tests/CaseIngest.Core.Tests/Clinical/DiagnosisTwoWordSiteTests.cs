namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A histology "of the" a site of two words, an adjective and its noun ("of the maxillary sinus", "of the anal canal",
/// "of the nasal septum"), takes the whole site, never the adjective alone; a site the vocabulary names ("of the anal
/// canal" → anal squamous cell carcinoma) and a one-word organ and its adjective ("of the liver" → hepatic) read as before.
/// </summary>
public sealed class DiagnosisTwoWordSiteTests
{
    [Theory]
    [InlineData("Biopsy of the mass confirmed a squamous cell carcinoma of the maxillary sinus.", "sinus")]
    [InlineData("The excised lesion was a squamous cell carcinoma of the nasal septum.", "septum")]
    [InlineData("He was diagnosed with an adenocarcinoma of the ethmoid sinus in 2018.", "sinus")]
    public void TheSiteIsReadWhole(string text, string word) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name.EndsWith(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("Biopsy of the mass confirmed a squamous cell carcinoma of the maxillary sinus.", "maxillary")]
    [InlineData("The excised lesion was a squamous cell carcinoma of the nasal septum.", "nasal")]
    public void NoNameEndsInTheAdjective(string text, string word) =>
        Assert.DoesNotContain(ClinicalRun.Run(text).Diagnoses, d => d.Name.EndsWith(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("Biopsy confirmed a neuroendocrine carcinoma of the liver involving both lobes.", "hepatic neuroendocrine carcinoma")]
    [InlineData("She was diagnosed with a squamous cell carcinoma of the oral cavity extending to the mandible.", "squamous cell carcinoma of the oral cavity")]
    [InlineData("She was diagnosed with a squamous cell carcinoma of the anal canal.", "anal squamous cell carcinoma")]
    public void AVocabularyNameOrAnOrganOfOneWordReadsAsBefore(string text, string name) =>
        Assert.Contains(ClinicalRun.Run(text).Diagnoses, d => d.Name == name);
}
