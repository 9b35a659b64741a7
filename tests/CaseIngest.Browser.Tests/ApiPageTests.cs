using CaseIngest.Browser.Tests.Support;
using Microsoft.Playwright;

namespace CaseIngest.Browser.Tests;

/// <summary>The interactive API page in Chromium: operations from the OpenAPI document, tried from their forms.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiPageTests(BrowserSite site)
{
    [Fact]
    public async Task TheApiPageListsEveryOperationAndSendsARequestFromItsForm()
    {
        var (page, errors) = await site.OpenAsync();
        await page.GotoAsync("/api/docs");

        var listCases = page.Locator("section.api-op[data-operation='ListCases']");
        await Assertions.Expect(listCases).ToBeVisibleAsync();
        foreach (var operation in new[] { "GetCase", "ListFacet", "ListRejections", "Health", "ExportCases" })
        {
            Assert.Equal(1, await page.Locator($"section.api-op[data-operation='{operation}']").CountAsync());
        }

        Assert.Equal(1, await listCases.Locator("li[data-status='401']").CountAsync());
        await listCases.GetByLabel("drug (query)", new() { Exact = true }).FillAsync("pembrolizumab");
        await listCases.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        var output = listCases.Locator("pre.output");
        await Assertions.Expect(output).ToContainTextAsync("200");
        Assert.Contains(site.SeedIds["001_d9906991c213f6fe.txt"], await output.InnerTextAsync(), StringComparison.Ordinal);
        await site.ScreenshotAsync(page, "api");
        Assert.Empty(errors);
    }
}
