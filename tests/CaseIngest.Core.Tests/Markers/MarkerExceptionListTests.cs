using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// A marker named as the exception to a verdict told of all the others ("negative for all markers tested, with the
/// exception of vimentin", "all immunostains were negative except vimentin", "Apart from vimentin, all markers were
/// negative") takes the other result; an exception with no verdict on all markers gives none.
/// </summary>
public sealed class MarkerExceptionListTests
{
    [Theory]
    [InlineData("The tumour cells were negative for all markers tested, with the exception of vimentin.", "vimentin", "positive")]
    [InlineData("The cells were negative for all markers tested except for vimentin.", "vimentin", "positive")]
    [InlineData("The cells were negative for all antibodies applied apart from vimentin.", "vimentin", "positive")]
    [InlineData("All immunostains were negative except vimentin.", "vimentin", "positive")]
    [InlineData("All immunostains were negative except vimentin and CD99.", "CD99", "positive")]
    [InlineData("Apart from vimentin, all markers were negative.", "vimentin", "positive")]
    [InlineData("With the exception of CD10, the neoplasm was negative for every stain in the panel.", "CD10", "positive")]
    [InlineData("The tumor cells were positive for all cytokeratins examined other than CK20.", "CK20", "negative")]
    [InlineData("The neoplastic cells were negative for cytokeratin, S100, desmin and CD34, except for vimentin, which stained diffusely.", "vimentin", "positive")]
    public void TheExceptedMarkerTakesTheOtherResult(string text, string name, string result) =>
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);

    [Theory]
    [InlineData("The cells were negative for CK7, except in one focus where CD99 was examined.", "CD99")]
    [InlineData("Apart from vimentin, the panel will be repeated on the resection specimen.", "vimentin")]
    [InlineData("The results were unremarkable except for vimentin.", "vimentin")]
    public void AnExceptionWithoutAVerdictOnAllGivesNone(string text, string name) =>
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name && m.Result is "positive" or "negative");
}
