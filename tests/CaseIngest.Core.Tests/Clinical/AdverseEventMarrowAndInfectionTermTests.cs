namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Events of a treatment that takes the marrow away, in the words authors use for them: a fall of blood counts named
/// as a whole ("grade 3 cytopenia", "prolonged cytopenias"), a mould infection ("invasive pulmonary aspergillosis") and a
/// herpes simplex reactivation are events like a neutropenia; the counts a cytopenia is said to be are the events, not
/// one more; told before any treatment or as past history they are none.
/// </summary>
public sealed class AdverseEventMarrowAndInfectionTermTests
{
    [Theory]
    [InlineData("A 63-year-old man with mantle cell lymphoma received ibrutinib. After two months of ibrutinib he had grade 3 cytopenia and was admitted.",
        "ibrutinib", "cytopenia:3:ibrutinib")]
    [InlineData("A 59-year-old woman with myelodysplastic syndrome received azacitidine. Despite grade 2 cytopenia, nausea and fatigue, she continued azacitidine.",
        "azacitidine", "cytopenia:2:azacitidine; nausea:2:azacitidine; fatigue:2:azacitidine")]
    [InlineData("A 68-year-old man with acute myeloid leukemia received decitabine and venetoclax. During the second cycle, prolonged cytopenias developed.",
        "decitabine,venetoclax", "cytopenia:-:decitabine+venetoclax")]
    [InlineData("A 66-year-old man with acute myeloid leukemia received cytarabine and idarubicin. Twelve days after induction he developed invasive pulmonary aspergillosis.",
        "cytarabine,idarubicin", "aspergillosis:-:cytarabine+idarubicin")]
    [InlineData("A 57-year-old woman with acute myeloid leukemia received cytarabine. During the nadir she developed aspergillosis of the left upper lobe.",
        "cytarabine", "aspergillosis:-:cytarabine")]
    [InlineData("A 49-year-old woman with acute lymphoblastic leukemia received cytarabine. Three weeks later she developed herpes simplex reactivation on her lips.",
        "cytarabine", "herpes simplex reactivation:-:cytarabine")]
    public void TheEventIsRead(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("A 72-year-old woman presented with cytopenia and fatigue, and a marrow biopsy showed myelodysplastic syndrome. Azacitidine was then started.",
        "Azacitidine", "")]
    [InlineData("A 58-year-old man treated for pulmonary aspergillosis years before received gemcitabine for pancreatic cancer.",
        "gemcitabine", "")]
    [InlineData("A 64-year-old woman with breast cancer received docetaxel. After the third cycle of docetaxel she developed pancytopenia.",
        "docetaxel", "pancytopenia:-:docetaxel")]
    public void NotAnEventOrAnotherOne(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
