using CaseIngest.Http.Browser;

namespace CaseIngest.Functions.Tests.Browser;

/// <summary>Marking evidence in a document's text.</summary>
public sealed class EvidenceTextTests
{
    [Fact]
    public void EachSpanBecomesAMarkOfItsKindLinkingBackToItsFactAndTheTextIsEncoded()
    {
        const string text = "A <b> & pembrolizumab gave a partial response.";
        var drug = new EvidenceSpan("drug", 0, 8, 21);
        var outcome = new EvidenceSpan("outcome", 0, 29, 45);

        var marked = EvidenceText.Mark(text, [outcome, drug]);

        Assert.Equal(
            "A &lt;b&gt; &amp; <mark id=\"ev-drug-0\" data-kind=\"drug\"><a href=\"#fact-drug-0\" title=\"Back to the drug fact\">pembrolizumab</a></mark> gave a "
            + "<mark id=\"ev-outcome-0\" data-kind=\"outcome\"><a href=\"#fact-outcome-0\" title=\"Back to the outcome fact\">partial response</a></mark>.",
            marked.Html);
        Assert.Equal("ev-drug-0", marked.Targets["fact-drug-0"]);
        Assert.Equal("ev-outcome-0", marked.Targets["fact-outcome-0"]);
    }

    [Fact]
    public void AnOverlappingSpanSharesTheMarkThatCoversItAndASpanOutsideTheTextHasNone()
    {
        const string text = "PD-L1 TPS 80% and KRAS G12C";
        var wide = new EvidenceSpan("marker", 0, 0, 13);
        var inner = new EvidenceSpan("marker", 1, 6, 9);
        var outside = new EvidenceSpan("drug", 0, 20, 90);

        var marked = EvidenceText.Mark(text, [inner, wide, outside]);

        Assert.Equal("ev-marker-0", marked.Targets["fact-marker-1"]);
        Assert.False(marked.Targets.ContainsKey("fact-drug-0"));
        Assert.Equal(1, marked.Html.Split("<mark").Length - 1);
        Assert.EndsWith(" and KRAS G12C", marked.Html, StringComparison.Ordinal);
    }
}
