using CaseIngest.Http.Browser;
using Microsoft.AspNetCore.Http;

namespace CaseIngest.Functions.Tests.Browser;

/// <summary>The browser's query in its URL.</summary>
public sealed class SearchSelectionTests
{
    [Fact]
    public void TheQueryStringKeepsEveryFilterInTheFormsOrderAndTheKeyAndDropsUnknownParameters()
    {
        var selection = SearchSelection.From(QueryHelpersParse("?q=sarcoma%20case&drug=pembrolizumab&page=2&code=k%2By&bogus=1&marker="));

        Assert.Equal("?drug=pembrolizumab&q=sarcoma%20case&page=2&code=k%2By", selection.ToQueryString());
        Assert.Equal("?drug=pembrolizumab&marker=KRAS&q=sarcoma%20case&code=k%2By", selection.With("marker", "KRAS").ToQueryString());
        Assert.Equal("?q=sarcoma%20case&code=k%2By", selection.With("drug", null).ToQueryString());
        Assert.Equal("?drug=pembrolizumab&q=sarcoma%20case&code=k%2By", selection.ToQueryString(includePage: false));
    }

    [Theory]
    [InlineData("pembrolizumab", "Pembrolizumab", true)]
    [InlineData("partial  response", "partial response", true)]
    [InlineData("pembrolizumab", "nivolumab", false)]
    public void AValueMatchesAFilterAsTheIndexComparesThem(string wanted, string value, bool matches)
    {
        var selection = SearchSelection.From(QueryHelpersParse("?drug=" + Uri.EscapeDataString(wanted)));

        Assert.Equal(matches, selection.Matches("drug", value));
        Assert.True(selection.Matches("marker", "anything"));
    }

    private static QueryCollection QueryHelpersParse(string query) => new(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
}
