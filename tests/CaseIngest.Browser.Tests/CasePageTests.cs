using CaseIngest.Browser.Tests.Support;
using Microsoft.Playwright;

namespace CaseIngest.Browser.Tests;

/// <summary>A case's page in Chromium: metadata links, fact tables and the evidence marked in the text.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CasePageTests(BrowserSite site)
{
    private const string SarcomaSeed = "001_d9906991c213f6fe.txt";

    [Fact]
    public async Task OpeningACaseShowsItsArticleLinksFactTablesAndEveryFactsEvidenceMarkedInTheText()
    {
        var (page, errors) = await site.OpenAsync();
        await page.GotoAsync("/?drug=pembrolizumab");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Undifferentiated Pleomorphic") }).ClickAsync();

        Assert.EndsWith("/cases/" + site.SeedIds[SarcomaSeed], page.Url, StringComparison.Ordinal);
        Assert.Equal("https://doi.org/10.14740/jmc4237", await page.Locator("section.article a", new() { HasTextString = "10.14740/jmc4237" }).GetAttributeAsync("href"));
        var drugs = page.Locator("section.facts[data-kind='drug'] tbody tr");
        Assert.True(await drugs.CountAsync() >= 5);
        var pembrolizumab = drugs.Filter(new() { HasTextString = "pembrolizumab" }).First;
        Assert.Equal("200 mg", await pembrolizumab.Locator("td").Nth(1).InnerTextAsync());
        Assert.Equal("intravenous", await pembrolizumab.Locator("td").Nth(2).InnerTextAsync());

        // Every drug's evidence is a visible mark of kind drug in the text; the sarcoma diagnosis is marked as one.
        var drugMarks = page.Locator(".document mark[data-kind='drug']");
        Assert.Contains("pembrolizumab", (await drugMarks.AllInnerTextsAsync()).Select(t => t.ToLowerInvariant()));
        Assert.Contains("UPS", await page.Locator(".document mark[data-kind='diagnosis']").AllInnerTextsAsync());
        foreach (var kind in new[] { "drug", "marker", "outcome", "diagnosis" })
        {
            var rows = await page.Locator($"section.facts[data-kind='{kind}'] tbody tr").CountAsync();
            var links = await page.Locator($"section.facts[data-kind='{kind}'] td.evidence a").CountAsync();
            Assert.Equal(rows, links);
        }

        await site.ScreenshotAsync(page, "case");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AFactLinksToItsEvidenceAndTheEvidenceLinksBack()
    {
        var (page, errors) = await site.OpenAsync();
        await page.GotoAsync("/cases/" + site.SeedIds[SarcomaSeed]);
        var evidence = page.Locator("section.facts[data-kind='drug'] tbody tr").First.Locator("td.evidence a");
        var target = (await evidence.GetAttributeAsync("href"))!;

        await evidence.ClickAsync();

        Assert.EndsWith(target, page.Url, StringComparison.Ordinal);
        var mark = page.Locator(target);
        Assert.Equal("drug", await mark.GetAttributeAsync("data-kind"));
        await Assertions.Expect(mark).ToBeInViewportAsync();
        Assert.Equal(target[1..], await page.EvaluateAsync<string>("document.activeElement.id"));

        await mark.Locator("a").ClickAsync();
        Assert.EndsWith("#fact-drug-0", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#fact-drug-0")).ToBeInViewportAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AnUnknownCaseIsANotFoundPage()
    {
        var (page, _) = await site.OpenAsync();
        var response = await page.GotoAsync("/cases/0000000000000000000000000000dead");

        Assert.Equal(404, response!.Status);
        Assert.Equal("No such record.", await page.Locator("h1").InnerTextAsync());
    }
}
