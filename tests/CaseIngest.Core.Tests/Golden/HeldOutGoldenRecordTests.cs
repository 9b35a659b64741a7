using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Golden;

/// <summary>
/// Scores the engine against the held-out golden records (Golden/heldout/&lt;id&gt;.expected.json), documents no rule was
/// refined against. Like the test half of MACCROBAT they are sealed: this test prints the figures per category and
/// never a document's misses or extras, so a regression on unseen reports fails the suite without exposing the items.
/// </summary>
public sealed class HeldOutGoldenRecordTests(ITestOutputHelper output)
{
    /// <summary>The minimum F1 per category on the held-out records: the measured figure less 0.05, rounded down.</summary>
    private static readonly Dictionary<string, double> F1Floors = new(StringComparer.Ordinal)
    {
        [GoldenCategory.Article] = 0.92,
        [GoldenCategory.Patients] = 0.92,
        [GoldenCategory.Diagnoses] = 0.59,
        [GoldenCategory.Drugs] = 0.84,
        [GoldenCategory.Doses] = 0.84,
        [GoldenCategory.Regimen] = 0.66,
        [GoldenCategory.Radiotherapy] = 0.84,
        [GoldenCategory.Markers] = 0.68,
        [GoldenCategory.Outcomes] = 0.70,
        [GoldenCategory.AdverseEvents] = 0.54,
    };

    [Fact]
    public void HeldOutGoldenRecordsAreWellFormed()
    {
        var files = GoldenFiles.HeldOut();
        Assert.NotEmpty(files);
        var problems = files.SelectMany(GoldenValidator.Validate).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void HeldOutRecordsAreNotAlsoDevelopmentRecords()
    {
        var development = GoldenFiles.Development().Select(GoldenFiles.IdOf).ToList();
        var heldOut = GoldenFiles.HeldOut().Select(GoldenFiles.IdOf).ToList();
        Assert.NotEmpty(heldOut);
        Assert.DoesNotContain(heldOut, development.Contains);
    }

    [Fact]
    public void EngineReachesTheF1FloorOfEveryCategoryOnTheHeldOutRecords()
    {
        Assert.Equal(GoldenCategory.All.Order(StringComparer.Ordinal), F1Floors.Keys.Order(StringComparer.Ordinal));
        var files = GoldenFiles.HeldOut();
        Assert.NotEmpty(files);

        var comparisons = GoldenEvaluation.Compare(files).ToList();
        var scores = GoldenEvaluation.Sum(comparisons);
        output.WriteLine(GoldenTable.Format($"{files.Count} held-out golden documents (figures only)", scores, F1Floors));
        output.WriteLine(GoldenErrorKinds.Format("held-out (counts only)", comparisons));
        output.WriteLine(GoldenSources.Format("held-out (figures only)", comparisons));

        var failures = GoldenTable.BelowFloors(scores, F1Floors);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
