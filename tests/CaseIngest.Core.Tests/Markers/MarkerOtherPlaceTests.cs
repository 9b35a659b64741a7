using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A stain told only of the vessels, the germinal centres, background lymphocytes or a basal layer says nothing of the
/// tumour and is no marker of the case; a result given to the tumour beside it keeps its own reading.
/// </summary>
public sealed class MarkerOtherPlaceTests
{
    [Theory]
    [InlineData("Stains of the resected node: CD20 (+), CD34 (vascular +), CD5 (+).", "CD34")]
    [InlineData("Panel: desmin (+), CD31 (vessels +), S-100 (-).", "CD31")]
    [InlineData("The markers read CD10 (+), BCL2 (germinal centre +) and MUM1 (-).", "BCL2")]
    [InlineData("Immunostains: SMA (+), CD34 (+ in vessels only), STAT6 (-).", "CD34")]
    [InlineData("Results: cyclin D1 (-), CD3 (background lymphocytes +), CD20 (+).", "CD3")]
    public void MarkerWhoseBracketNamesAnotherPlaceIsNoFact(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);

    [Theory]
    [InlineData("The lesional cells expressed HMB-45, and CD34 staining highlighted a delicate vascular network.", "CD34")]
    [InlineData("In the glands, p63 highlighted only the basal cells.", "p63")]
    [InlineData("An ERG immunostain decorated the small intervening vessels.", "ERG")]
    [InlineData("CD21 outlined the residual germinal centres of the node.", "CD21")]
    public void MarkerThatHighlightsAnotherPlaceIsNoFact(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);

    [Theory]
    [InlineData("Within the mass, the small vessels were positive for CD31 and CD34, whereas the spindle cells were negative for them.", "CD31")]
    [InlineData("Within the mass, the small vessels were positive for CD31 and CD34, whereas the spindle cells were negative for them.", "CD34")]
    [InlineData("Scattered background lymphocytes were highlighted by CD3.", "CD3")]
    [InlineData("Desmin was negative; CD34 was positive only in the vessels.", "CD34")]
    [InlineData("The tumour was negative for keratins, and CD45 was expressed in the reactive lymphocytes.", "CD45")]
    [InlineData("A skin sample had shown S100 positivity in the lesional cells and desmin positivity in the vasculature.", "desmin")]
    public void MarkerWhoseVerdictIsToldOfAnotherPlaceIsNoFact(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);

    [Theory]
    [InlineData("Panel: desmin (+), CD31 (-, vascular +), S-100 (-).", "CD31", "negative")]
    [InlineData("The spindle cells were highlighted by SMA and h-caldesmon.", "SMA", "positive")]
    [InlineData("CD34 was positive in the tumour cells and in the vessels.", "CD34", "positive")]
    [InlineData("The lining cells of the vascular channels were positive for CD31 and ERG.", "CD31", "positive")]
    [InlineData("The atypical endothelial cells were positive for CD34.", "CD34", "positive")]
    [InlineData("The neoplastic lymphocytes were positive for CD20 and PAX5.", "CD20", "positive")]
    [InlineData("The stroma was devoid of CD34 and STAT6 staining.", "CD34", "negative")]
    [InlineData("In the benign glands, the basal cells were positive for p63 and CK5/6.", "p63", "positive")]
    [InlineData("CD31 (vascular marker) was diffusely positive in the tumour.", "CD31", "positive")]
    [InlineData("The tumour cells were negative for CD34, which highlighted the vessels only.", "CD34", "negative")]
    [InlineData("A skin sample had shown S100 positivity in the lesional cells and desmin positivity in the vasculature.", "S100", "positive")]
    public void StainOfTheTumourBesideAnotherPlaceKeepsItsResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
}
