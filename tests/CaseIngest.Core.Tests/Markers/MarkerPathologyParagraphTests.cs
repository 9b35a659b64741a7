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
    [InlineData("CD117 was not expressed by the tumour cells.", "CD117", "negative")]
    [InlineData("An ALK rearrangement was not detected.", "ALK", "negative")]
    [InlineData("In the biopsy, WT1 was not identified in the lesional cells.", "WT1", "negative")]
    [InlineData("Synaptophysin was not seen in any of the tumour cells.", "synaptophysin", "negative")]
    [InlineData("Calretinin was not demonstrated in the sampled tumour.", "calretinin", "negative")]
    [InlineData("GATA3 was not found in the metastatic deposits.", "GATA3", "negative")]
    public void ANegatedVerbAfterTheMarkerIsNegative(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("There was strong, diffuse, nuclear staining for WT1 in the tumour.", "WT1", "positive")]
    [InlineData("Immunohistochemistry showed patchy, weak, cytoplasmic staining for calretinin.", "calretinin", "positive")]
    [InlineData("The tumour showed intense, membranous staining for CD117.", "CD117", "positive")]
    public void AdjectivesJoinedByCommasBeforeTheStainKeepItsResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The atypical cells showed immunoreactivity for CD30 and CD15.", "CD15", "positive")]
    [InlineData("There was reactivity with pancytokeratin in the epithelial nests.", "pan-cytokeratin", "positive")]
    [InlineData("The tumour revealed scattered reactivity to p40 and absence of chromogranin and synaptophysin.", "p40", "positive")]
    [InlineData("The tumour revealed scattered reactivity to p40 and absence of chromogranin and synaptophysin.", "synaptophysin", "negative")]
    [InlineData("Most tumour nuclei were labelled with SOX10.", "SOX10", "positive")]
    [InlineData("The lesional cells were decorated by CD31 and ERG.", "ERG", "positive")]
    [InlineData("The vessel walls were decorated with SMA.", "SMA", "positive")]
    [InlineData("Scattered large cells were highlighted by CD30.", "CD30", "positive")]
    [InlineData("Tumour cells exhibited nuclear immunoexpression of SOX10.", "SOX10", "positive")]
    [InlineData("The tumour cells labelled strongly with vimentin antibodies.", "vimentin", "positive")]
    [InlineData("CD10 was immunohistochemically detected in the tumour cells.", "CD10", "positive")]
    [InlineData("p16 was block-positive in the invasive nests.", "p16", "positive")]
    [InlineData("The large lymphoid cells were strongly immunoreactive to CD20, PAX5 and BCL6.", "PAX5", "positive")]
    [InlineData("Staining revealed diffuse positivity for GATA3, mammaglobin and ER.", "mammaglobin", "positive")]
    [InlineData("Additional stains showed INSM1 positivity in the small cells.", "INSM1", "positive")]
    public void StainNounsAndVerbsGiveThePositiveResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The cells were negative for CK7 and CK20 and showed nuclear staining for INI1.", "INI1", "positive")]
    [InlineData("The cells were negative for CK7 and CK20 and showed nuclear staining for INI1.", "CK20", "negative")]
    [InlineData("The cells were negative for CK7 and showed nuclear staining for INI1.", "INI1", "positive")]
    [InlineData("The lesion was negative for desmin and myogenin and were positive for MUC4.", "MUC4", "positive")]
    [InlineData("The cells were negative for CK7 and CK20 but showed nuclear staining for INI1.", "INI1", "positive")]
    public void ANewPredicateAfterANegativeListEndsItsNegation(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Immunostains for CK7, CK20 and CDX2 were performed. All were negative.", "CK20", "negative")]
    [InlineData("Immunostains for CK7, CK20 and CDX2 were performed. All were negative.", "CDX2", "negative")]
    [InlineData("Immunostains for chromogranin and synaptophysin were performed; both were positive.", "chromogranin A", "positive")]
    [InlineData("Immunohistochemistry for desmin, myogenin and MyoD1 was performed and all were negative.", "myogenin", "negative")]
    [InlineData("CD117 and DOG1 were studied by immunohistochemistry. Both were diffusely positive.", "DOG1", "positive")]
    [InlineData("The cells were diffusely reactive for the neuroendocrine markers synaptophysin and chromogranin.", "chromogranin A", "positive")]
    public void AVerdictAfterThePanelBelongsToEachStain(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("Stains showed absence of desmin, myogenin and CD34 in the tumour.", "myogenin", "negative")]
    [InlineData("The tumour was negative for thyroid transcription factor 1 (TTF-1) and napsin A.", "TTF-1", "negative")]
    [InlineData("The cells expressed discovered on GIST-1 (DOG1) but not CD117.", "DOG1", "positive")]
    [InlineData("Molecular testing showed BRAF wild-type status.", "BRAF", "wild-type")]
    [InlineData("H3K27me3 expression was retained in the tumour.", "H3K27me3", "intact")]
    [InlineData("The tumour was positive for CD99 and negative for all other markers tested.", "CD99", "positive")]
    [InlineData("EBV-encoded RNA was detected in the tumour cells by in situ hybridization.", "EBER", "positive")]
    [InlineData("Tumour cells were immunonegative for CK5/6 and immunopositive for TTF-1.", "CK5/6", "negative")]
    [InlineData("The rhabdoid cells showed loss of INI1, whereas BRG1 was retained.", "INI1", "lost")]
    [InlineData("Fluorescence in situ hybridization demonstrated a rearrangement of EWSR1.", "EWSR1", "rearranged")]
    public void GuardsOfCommonPathologyWordings(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("SATB2 is a transcription factor that regulates osteoblast differentiation.", "SATB2")]
    [InlineData("A panel including CD117 and DOG1 was requested for the next biopsy.", "DOG1")]
    [InlineData("Serum IGF-1 was 310 ng/mL.", "IGF1")]
    [InlineData("The patient had no fever and was discharged after the IL-6 level fell.", "IL6")]
    public void ControlsGiveNoMarker(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);
}
