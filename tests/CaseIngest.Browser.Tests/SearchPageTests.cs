using CaseIngest.Browser.Tests.Support;
using Microsoft.Playwright;

namespace CaseIngest.Browser.Tests;

/// <summary>The search page in Chromium, over the three seed case reports and one empty file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserSite site)
{
    [Fact]
    public async Task TheFirstPageListsEverySeedCaseWithFacetCountsAndTheRejectedFile()
    {
        var (page, errors) = await site.OpenAsync();
        await page.GotoAsync("/");

        Assert.Equal("3 cases", await page.Locator("#results-heading").InnerTextAsync());
        Assert.Equal(3, await page.Locator("ol.cases > li").CountAsync());
        Assert.Equal("2 cases", await FacetCountAsync(page, "drug", "pembrolizumab"));
        Assert.Equal("2 cases", await FacetCountAsync(page, "year", "2024"));
        var rejected = page.Locator("section.rejections tbody tr", new() { HasText = BrowserSite.EmptyDocument });
        Assert.Equal("empty", await rejected.Locator("code").InnerTextAsync());
        Assert.Contains("empty", await rejected.Locator("td").Nth(1).InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await site.ScreenshotAsync(page, "search");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ChoosingAFacetValueNarrowsTheResultPutsTheQueryInTheUrlAndRecountsTheOtherFacets()
    {
        var (page, errors) = await site.OpenAsync();
        await page.GotoAsync("/");

        await page.Locator("section.facet[data-facet='drug'] a", new() { HasTextString = "pembrolizumab" }).First.ClickAsync();

        Assert.Contains("drug=pembrolizumab", page.Url, StringComparison.Ordinal);
        Assert.Equal("2 cases", await page.Locator("#results-heading").InnerTextAsync());
        Assert.Equal("pembrolizumab", await page.GetByLabel("Drug", new() { Exact = true }).InputValueAsync());
        Assert.Equal("1 case", await FacetCountAsync(page, "year", "2024"));
        Assert.Equal(0, await page.Locator("section.facet[data-facet='diagnosis'] a", new() { HasTextString = "cervical cancer" }).CountAsync());

        // The URL alone gives the same page: shared as it is, it opens this selection.
        var (shared, _) = await site.OpenAsync();
        await shared.GotoAsync(page.Url);
        Assert.Equal("2 cases", await shared.Locator("#results-heading").InnerTextAsync());
        await site.ScreenshotAsync(page, "search-drug");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheFormCombinesFiltersTypedByKeyboard()
    {
        var (page, errors) = await site.OpenAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Drug", new() { Exact = true }).FillAsync("pembrolizumab");
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync("2024");
        await page.GetByLabel("Title contains").FillAsync("sarcoma");
        await page.GetByLabel("Title contains").PressAsync("Enter");

        Assert.Equal("1 case", await page.Locator("#results-heading").InnerTextAsync());
        Assert.Contains("Undifferentiated Pleomorphic", await page.Locator("ol.cases h3").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("q=sarcoma", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("Adverse event", new() { Exact = true }).FillAsync("pruritus");
        await page.GetByLabel("Adverse event", new() { Exact = true }).PressAsync("Enter");
        Assert.Equal("1 case", await page.Locator("#results-heading").InnerTextAsync());
        await page.GetByLabel("Adverse event", new() { Exact = true }).FillAsync("pneumonitis");
        await page.GetByLabel("Adverse event", new() { Exact = true }).PressAsync("Enter");
        Assert.Equal("0 cases", await page.Locator("#results-heading").InnerTextAsync());
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/", "year", "year")]
    [InlineData("/", "ae", "ae")]
    [InlineData("/?drug=pembrolizumab", "ae", "ae")]
    [InlineData("/?marker=PD-L1", "markerResult", "marker")]
    public async Task AFacetCountIsWhatTheQueryApiAnswersForThatValue(string start, string facet, string apiParameter)
    {
        var (page, errors) = await site.OpenAsync();
        await page.GotoAsync(start);
        var link = page.Locator($"section.facet[data-facet='{facet}'] li:not(.selected) a").First;
        var value = (await link.GetAttributeAsync("href"))!;
        var count = Words(await page.Locator($"section.facet[data-facet='{facet}'] li:not(.selected)").First.Locator(".count").InnerTextAsync());

        await link.ClickAsync();

        Assert.Equal(count, await page.Locator("#results-heading").InnerTextAsync());
        var chosen = System.Web.HttpUtility.ParseQueryString(new Uri(site.BaseAddress, value).Query)[facet]!;
        var query = System.Web.HttpUtility.ParseQueryString(start.TrimStart('/', '?'));
        query[apiParameter] = facet == "markerResult" ? query["marker"] + ":" + chosen : chosen;
        var api = await page.APIRequest.GetAsync(new Uri(site.BaseAddress, "/api/cases?top=1000&" + query).ToString());
        using var json = System.Text.Json.JsonDocument.Parse(await api.TextAsync());
        var items = json.RootElement.GetProperty("items").GetArrayLength();
        Assert.Equal(count, items == 1 ? "1 case" : items + " cases");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AnInvalidValueIsExplainedOnThePage()
    {
        var (page, errors) = await site.OpenAsync();
        var response = await page.GotoAsync("/?drug=pembrolizumab&status=maybe");

        Assert.Equal(400, response!.Status);
        var alert = page.GetByRole(AriaRole.Alert);
        Assert.Contains("status must be given, planned or not-given", await alert.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFirstTabReachesTheSkipLinkAndEveryFieldHasALabel()
    {
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        var unlabelled = await page.EvaluateAsync<int>("[...document.querySelectorAll('input:not([type=hidden])')].filter(i => !i.labels || i.labels.length === 0).length");
        Assert.Equal(0, unlabelled);
        Assert.Equal(1, await page.GetByRole(AriaRole.Main).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Search).CountAsync());
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task<string> FacetCountAsync(IPage page, string facet, string value)
    {
        var item = page.Locator($"section.facet[data-facet='{facet}'] li").Filter(new() { Has = page.Locator("a", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(value)) }) });
        return Words(await item.First.Locator(".count").InnerTextAsync());
    }
}
