using System.Text.Json;
using CaseIngest.Core;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Json;
using CaseIngest.Core.Model;
using CaseIngest.TextAnalytics.Tests.Support;

namespace CaseIngest.TextAnalytics.Tests.Mapping;

/// <summary>With the setting off (the step registered without a reader) records are byte for byte what the rules alone write.</summary>
public sealed class StepOffTests
{
    [Fact]
    public void TheGoldenDocumentsGiveByteIdenticalRecordsWithTheStepRegisteredButOff()
    {
        var goldens = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.expected.json").Order(StringComparer.Ordinal).ToList();
        Assert.True(goldens.Count >= 40, $"{goldens.Count} golden records");
        var options = new EngineOptions();
        var rules = new CaseEngine(options);
        var step = new TextAnalyticsStep(null);
        var withStepOff = new CaseEngine(options, DefaultPipeline.Create(options).With(step));
        Assert.False(step.IsEnabled);
        Assert.Contains(withStepOff.Pipeline.Steps, s => s.Name == "text-analytics");

        foreach (var golden in goldens)
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(golden));
            var source = expected.RootElement.GetProperty("source").GetString()!;
            var bytes = File.ReadAllBytes(Corpus.File(source));

            var before = CaseJson.Serialize(rules.Process(source, bytes, includeText: true).Record!);
            var after = CaseJson.Serialize(withStepOff.Process(source, bytes, includeText: true).Record!);

            Assert.True(before == after, $"{source}: the record changed with the step off");
            using var record = JsonDocument.Parse(after);
            Assert.False(record.RootElement.TryGetProperty("readerComparison", out _), source);
            foreach (var category in new[] { "diagnoses", "drugs", "markers", "adverseEvents" })
            {
                Assert.All(record.RootElement.GetProperty(category).EnumerateArray(), f =>
                {
                    Assert.False(f.TryGetProperty("source", out _), $"{source}: {category} has a source");
                    Assert.False(f.TryGetProperty("links", out _), $"{source}: {category} has links");
                });
            }
        }
    }

    [Fact]
    public void SourceLinksAndComparisonAreWrittenOnlyWhenSet()
    {
        var evidence = new Evidence(0, 9, "nivolumab", "Body");
        var plain = new DrugFact { Patient = "P1", Name = "nivolumab", Mention = "nivolumab", Evidence = evidence };
        var record = new CaseRecord { ExtractorVersion = "1.0.0", Id = "x", Document = new DocumentInfo { Name = "a.txt", Format = "text", Sha256 = "0", Length = 9 }, Drugs = [plain] };

        var without = CaseJson.Serialize(record);
        var with = CaseJson.Serialize(record with
        {
            Drugs = [plain with { Source = FactSource.TextAnalytics, Links = [new VocabularyLink("RxNorm", "1597876")] }],
            ReaderComparison = new ReaderComparison { Reader = FactSource.TextAnalytics, Categories = [new ReaderCategoryCounts { Category = "drugs", SecondReaderOnly = 1 }] },
        });

        Assert.DoesNotContain("\"source\"", without, StringComparison.Ordinal);
        Assert.DoesNotContain("\"links\"", without, StringComparison.Ordinal);
        Assert.DoesNotContain("readerComparison", without, StringComparison.Ordinal);
        Assert.Contains("\"source\":\"text-analytics\",\"links\":[{\"system\":\"RxNorm\",\"code\":\"1597876\"}]", with, StringComparison.Ordinal);
        Assert.Contains("\"readerComparison\":{\"reader\":\"text-analytics\",\"categories\":[{\"category\":\"drugs\",\"both\":0,\"rulesOnly\":0,\"secondReaderOnly\":1}]", with, StringComparison.Ordinal);
        var read = CaseJson.DeserializeRecord(with)!;
        Assert.Equal(FactSource.TextAnalytics, read.Drugs[0].Source);
        Assert.Equal(new VocabularyLink("RxNorm", "1597876"), Assert.Single(read.Drugs[0].Links!));
        Assert.Null(CaseJson.DeserializeRecord(without)!.Drugs[0].Links);
    }
}
