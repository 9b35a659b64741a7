using System.Text.Json;
using CaseIngest.Browser.Tests.Support;

namespace CaseIngest.Browser.Tests;

/// <summary>The export links of the search page, downloaded by Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportTests(BrowserSite site)
{
    [Fact]
    public async Task TheCsvExportHoldsExactlyTheCurrentResult()
    {
        var (page, errors) = await site.OpenAsync();
        await page.GotoAsync("/?drug=pembrolizumab");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        var lines = (await File.ReadAllLinesAsync((await download.PathAsync())!)).Where(l => l.Length > 0).ToArray();

        Assert.Equal("cases.csv", download.SuggestedFilename);
        Assert.StartsWith("id,document,title,journal,year,doi", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(site.SeedIds["000_cd0038a4c03cef06.txt"] + ",", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(site.SeedIds["001_d9906991c213f6fe.txt"] + ",", StringComparison.Ordinal) && l.Contains("10.14740/jmc4237", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains("pembrolizumab (given)", l, StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheJsonLinesExportHoldsOneFullRecordPerLine()
    {
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync("/?marker=kras");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "JSON Lines" }).ClickAsync());
        var lines = (await File.ReadAllLinesAsync((await download.PathAsync())!)).Where(l => l.Length > 0).ToArray();

        var record = Assert.Single(lines);
        using var json = JsonDocument.Parse(record);
        Assert.Equal(site.SeedIds["000_cd0038a4c03cef06.txt"], json.RootElement.GetProperty("id").GetString());
        Assert.Contains(json.RootElement.GetProperty("markers").EnumerateArray(), m => m.GetProperty("name").GetString() == "KRAS");
    }
}
