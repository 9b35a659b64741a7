using CaseIngest.Application;
using CaseIngest.Cli;
using CaseIngest.TextAnalytics.Tests.Double;

namespace CaseIngest.TextAnalytics.Tests.Wiring;

/// <summary>The settings turn the second reader on and off; the CLI's compare mode prints both readers side by side.</summary>
public sealed class WiringTests
{
    private const string Report = "A 67-year-old man with lung adenocarcinoma received pembrolizumab 200 mg every 3 weeks and zoltrix for nausea.";

    [Fact]
    public void TheReaderIsOffWithoutAnEndpointAndOnWithOneUnlessDisabled()
    {
        var endpoint = new Uri("https://example-language.cognitiveservices.azure.com/");
        Assert.False(new TextAnalyticsSettings().IsOn);
        Assert.True(new TextAnalyticsSettings { Endpoint = endpoint }.IsOn);
        Assert.False(new TextAnalyticsSettings { Endpoint = endpoint, Enabled = false }.IsOn);

        var off = TextAnalyticsWiring.CreateEngine(Options(new TextAnalyticsSettings()));
        var on = TextAnalyticsWiring.CreateEngine(Options(new TextAnalyticsSettings { Endpoint = endpoint, Key = "k" }));

        Assert.DoesNotContain(off.Pipeline.Steps, s => s is TextAnalyticsStep);
        Assert.True(Assert.Single(on.Pipeline.Steps.OfType<TextAnalyticsStep>()).IsEnabled);
        Assert.IsType<TextAnalyticsStep>(on.Pipeline.Steps[^1]);
    }

    [Fact]
    public void AnEmptyEndpointSettingLeavesTheReaderOff()
    {
        var engine = CliStorage.ExtractEngine(new Dictionary<string, string?> { ["CaseIngest:TextAnalytics:Endpoint"] = "" }, forceTextAnalytics: false);

        Assert.DoesNotContain(engine.Pipeline.Steps, s => s is TextAnalyticsStep);
    }

    [Fact]
    public void ExtractNeedsNoStorageSoAMalformedConnectionStringDoesNotStopIt()
    {
        var engine = CliStorage.ExtractEngine(new Dictionary<string, string?> { ["CaseIngest:StorageConnectionString"] = "not a connection string" }, forceTextAnalytics: false);

        var result = engine.Process("report.txt", System.Text.Encoding.UTF8.GetBytes(Report));

        Assert.True(result.Succeeded);
        Assert.Contains(result.Record!.Drugs, d => d.Name == "pembrolizumab");
    }

    [Fact]
    public void ExtractStillRejectsAVocabularyPathThatDoesNotExist()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.csv");

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => CliStorage.ExtractEngine(new Dictionary<string, string?> { ["CaseIngest:DrugBankVocabularyPath"] = missing }, forceTextAnalytics: false));

        Assert.Contains("DrugBankVocabularyPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsThatCannotWorkAreRejectedWithTheSettingsName()
    {
        Assert.Contains("CaseIngest:TextAnalytics:Endpoint is not set", string.Join(" ", new TextAnalyticsSettings { Enabled = true }.Problems()), StringComparison.Ordinal);
        Assert.Contains("absolute https URI", string.Join(" ", new TextAnalyticsSettings { Endpoint = new Uri("http://language.example.com/") }.Problems()), StringComparison.Ordinal);
        Assert.Empty(new TextAnalyticsSettings { Endpoint = new Uri("http://127.0.0.1:5000/") }.Problems());
        var error = Assert.Throws<InvalidOperationException>(() => TextAnalyticsWiring.CreateEngine(Options(new TextAnalyticsSettings()), forceTextAnalytics: true));
        Assert.Contains("CaseIngest__TextAnalytics__Endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompareModePrintsWhatBothReadersFoundAndWhatOnlyOneFound()
    {
        await using var service = await LanguageServiceDouble.StartAsync();
        service.RequiredKey = TestClients.Key;
        service.Model = new HealthModel([Terms.Medication("pembrolizumab"), Terms.Medication("zoltrix"), new Term("lung adenocarcinoma", "Diagnosis")]);
        var path = Path.Combine(Path.GetTempPath(), $"compare-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, Report);
        try
        {
            var engine = CliStorage.ExtractEngine(
                new Dictionary<string, string?> { ["CaseIngest:TextAnalytics:Endpoint"] = service.Endpoint.ToString(), ["CaseIngest:TextAnalytics:Key"] = TestClients.Key },
                forceTextAnalytics: false);
            var output = new StringWriter();

            var exit = await Task.Run(() => ExtractCommand.Compare([path], engine, output, TextWriter.Null));

            var text = output.ToString();
            Assert.Equal(0, exit);
            Assert.Single(service.Submissions);
            Assert.Contains("1 document(s)", text, StringComparison.Ordinal);
            var drugs = text[text.IndexOf("  drugs", StringComparison.Ordinal)..text.IndexOf("  markers", StringComparison.Ordinal)];
            Assert.Contains("both:                pembrolizumab", drugs, StringComparison.Ordinal);
            Assert.Contains("text-analytics only: zoltrix", drugs, StringComparison.Ordinal);
            Assert.DoesNotContain(TestClients.Key, text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static CaseIngestOptions Options(TextAnalyticsSettings settings) => new() { StorageConnectionString = "UseDevelopmentStorage=true", TextAnalytics = settings };
}
