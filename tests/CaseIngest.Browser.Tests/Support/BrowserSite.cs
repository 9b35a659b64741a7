using CaseIngest.Application;
using CaseIngest.Functions.Tests.Support;
using CaseIngest.LocalHost;
using CaseIngest.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseIngest.Browser.Tests.Support;

/// <summary>
/// One site for every browser test: in-memory Azurite, the local host on a free port, the three seed case reports
/// and an empty file dropped into its drop folder and ingested, and Chromium from the system driven by Playwright.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string EmptyDocument = "empty-report.txt";

    private readonly AzuriteFixture _azurite = new();
    private readonly string _drop = Directory.CreateTempSubdirectory("caseingest-browser-drop").FullName;
    private SiteFactory? _site;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => _site!.BaseAddress;

    /// <summary>Record id by seed file name.</summary>
    public IReadOnlyDictionary<string, string> SeedIds { get; private set; } = new Dictionary<string, string>();

    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: apt-get install -y chromium (.ci/run does this when it is missing).");
        }

        await _azurite.InitializeAsync();
        var seeds = Directory.GetFiles(Corpus.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        _site = new SiteFactory(_drop);
        _site.Start();
        foreach (var seed in seeds)
        {
            File.Copy(seed, Path.Combine(_drop, Path.GetFileName(seed)));
        }

        await File.WriteAllBytesAsync(Path.Combine(_drop, EmptyDocument), []);
        SeedIds = seeds.ToDictionary(s => Path.GetFileName(s), s => Core.RecordIds.FromName(Path.GetFileName(s)), StringComparer.Ordinal);
        await WaitForIngestAsync(seeds.Length);

        Directory.CreateDirectory(ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>A new page (own context, downloads allowed) that records every console error and failed request.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        await _azurite.DisposeAsync();
        Directory.Delete(_drop, recursive: true);
    }

    private async Task WaitForIngestAsync(int records)
    {
        var queries = _site!.Services.GetRequiredService<CaseQueries>();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var cases = await queries.ListCasesAsync(new CaseQueryInput());
            var rejections = await queries.ListRejectionsAsync(null, null);
            if (cases.Value is CaseListResponse { Items.Count: var found } && found >= records && rejections.Value is RejectionPage { Items.Count: > 0 })
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The seed documents were not ingested within 90 seconds.");
            }

            await Task.Delay(250);
        }
    }
}
