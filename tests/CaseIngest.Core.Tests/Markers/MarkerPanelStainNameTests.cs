using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// Stains of diagnostic panels that reports write by an antibody or protein name no HGNC symbol matches: germ-cell,
/// neuronal, mesothelial, dendritic-cell, muscle and viral stains, and a stain whose name is also a blood test
/// (serotonin, factor VIII), which is a marker only where a staining result is stated.
/// </summary>
public sealed class MarkerPanelStainNameTests
{
    [Theory]
    [InlineData("The seminoma cells were diffusely positive for PLAP and OCT4.", "PLAP", "ALPP", "positive")]
    [InlineData("Placental alkaline phosphatase was negative in the yolk sac component.", "PLAP", "ALPP", "negative")]
    [InlineData("The atypical cells stained for HBME-1 and galectin-3.", "HBME-1", null, "positive")]
    [InlineData("The small round cells were negative for NeuN and GFAP.", "NeuN", "RBFOX3", "negative")]
    [InlineData("Mitoses were highlighted by PHH3 immunostaining, which was positive in 12 nuclei.", "PHH3", null, "positive")]
    [InlineData("Neurofilament was positive in the ganglion cells.", "neurofilament", null, "positive")]
    [InlineData("The spindle cells expressed factor XIIIa but not CD34.", "factor XIIIa", "F13A1", "positive")]
    [InlineData("The Reed-Sternberg cells were positive for fascin and CD15.", "fascin", "FSCN1", "positive")]
    [InlineData("The atypical lymphocytes were positive for perforin and TIA-1.", "perforin", "PRF1", "positive")]
    [InlineData("The erythroid precursors were positive for glycophorin A.", "glycophorin A", "GYPA", "positive")]
    [InlineData("Uroplakin II was diffusely positive, supporting a urothelial origin.", "uroplakin II", "UPK2", "positive")]
    [InlineData("The trophoblastic cells were positive for hPL and beta-hCG.", "hPL", "CSH1", "positive")]
    [InlineData("The tumour cells were positive for Leu-7 and S-100.", "CD57", "B3GAT1", "positive")]
    [InlineData("The spindle cells were positive for HHF-35 and desmin.", "muscle-specific actin", null, "positive")]
    [InlineData("Muscle-specific actin was focally positive.", "muscle-specific actin", null, "positive")]
    [InlineData("Membranous p120 staining was retained in the ductal carcinoma.", "p120", "CTNND1", "intact")]
    [InlineData("The lesional cells were negative for p120.", "p120", "CTNND1", "negative")]
    [InlineData("SDHA staining was lost in the tumour cells.", "SDHA", "SDHA", "lost")]
    [InlineData("The spindle cells were positive for HHV-8 (LANA-1) in a nuclear pattern.", "HHV-8", null, "positive")]
    [InlineData("Immunostaining for human herpesvirus 8 was negative.", "HHV-8", null, "negative")]
    [InlineData("The tumour cells were positive for napsin and TTF-1.", "napsin A", "NAPSA", "positive")]
    [InlineData("The carcinoid cells were positive for serotonin and chromogranin A.", "serotonin", null, "positive")]
    [InlineData("The endothelial cells were positive for factor VIII-related antigen.", "factor VIII-related antigen", "VWF", "positive")]
    [InlineData("The squamous cells were positive for ΔNp63.", "p40", "TP63", "positive")]
    public void AStainNamedByItsAntibodyOrProteinIsAMarker(string text, string name, string? gene, string result)
    {
        var fact = MarkerListTests.Single(text, name);
        Assert.Equal(gene, fact.Gene);
        Assert.Equal(result, fact.Result);
    }

    [Theory]
    [InlineData("Her serotonin level was elevated and 5-HIAA excretion was high.")]
    [InlineData("Factor VIII activity was 3% and the patient received factor VIII concentrate.")]
    [InlineData("Plasma neurofilament light chain was measured.")]
    [InlineData("Serum PLAP was not measured at presentation.")]
    public void ABloodTestOrAMentionWithoutAStainResultIsNoMarker(string text)
    {
        Assert.Empty(Engines.Extract(text).Markers);
    }
}
