using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A staining result written as a noun after the marker ("GATA3 reactivity", "TTF-1 immunopositivity", "SOX10
/// immunoexpression"), as a verb the marker governs ("CD31 highlighted the channels", "CK7 decorated the cells"), or
/// through the antibody that carries it ("negative with antibodies to WT1").
/// </summary>
public sealed class MarkerStainingNounAndVerbTests
{
    [Theory]
    [InlineData("The glands showed diffuse CDX2 reactivity.", "CDX2", "positive")]
    [InlineData("There was no PAX8 reactivity in the lesion.", "PAX8", "negative")]
    [InlineData("Strong TTF-1 immunopositivity was present in the tumour nuclei.", "TTF-1", "positive")]
    [InlineData("The carcinoma showed patchy GATA3 immunoexpression.", "GATA3", "positive")]
    [InlineData("Napsin A immunonegativity made a pulmonary origin unlikely.", "napsin A", "negative")]
    [InlineData("SOX10 immunolabelling was seen in the spindle cell component.", "SOX10", "positive")]
    [InlineData("CD31 highlighted the anastomosing vascular channels.", "CD31", "positive")]
    [InlineData("ERG highlights the endothelial nuclei lining the spaces.", "ERG", "positive")]
    [InlineData("Cytokeratin 7 decorated the tumour cells diffusely.", "CK7", "positive")]
    [InlineData("HMB-45 stained the junctional nests strongly.", "HMB45", "positive")]
    [InlineData("Desmin labelled the rhabdomyoblasts.", "desmin", "positive")]
    [InlineData("The cells were negative with antibodies to CD117.", "CD117", "negative")]
    [InlineData("The tumour stained with an antibody against MDM2.", "MDM2", "positive")]
    public void AStainingResultWordedAroundTheMarkerIsRead(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }

    [Theory]
    [InlineData("The CT scan highlighted a large mass in the left lobe.")]
    [InlineData("Cross-reactivity with the contrast agent was suspected.")]
    [InlineData("Her history highlights the need for early imaging.")]
    public void AStainingWordWithoutAMarkerIsNoMarker(string text)
    {
        Assert.Empty(Engines.Extract(text).Markers);
    }
}
