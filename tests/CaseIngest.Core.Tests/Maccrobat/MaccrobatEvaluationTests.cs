using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// The engine against MACCROBAT2020's own annotations, mapped onto our categories (Maccrobat/README.md), per half of the
/// fixed split. The development half prints its item-level misses and wrong facts; the test half prints figures only.
/// </summary>
public sealed class MaccrobatEvaluationTests(ITestOutputHelper output)
{
    /// <summary>The minimum F1 per half and category: the measured value minus 0.02, rounded down to two decimals.</summary>
    private static readonly Dictionary<string, Dictionary<string, double>> F1Floors = new(StringComparer.Ordinal)
    {
        [MaccrobatSplit.Development] = new(StringComparer.Ordinal)
        {
            [MaccrobatCategory.Patients] = 0.97,
            [MaccrobatCategory.Diagnoses] = 0.89,
            [MaccrobatCategory.Drugs] = 0.95,
            [MaccrobatCategory.Doses] = 0.97,
            [MaccrobatCategory.Regimen] = 0.97,
            [MaccrobatCategory.Markers] = 0.97,
            [MaccrobatCategory.Outcomes] = 0.94,
            [MaccrobatCategory.AdverseEvents] = 0.98,
        },
        [MaccrobatSplit.Test] = new(StringComparer.Ordinal)
        {
            [MaccrobatCategory.Patients] = 0.97,
            [MaccrobatCategory.Diagnoses] = 0.79,
            [MaccrobatCategory.Drugs] = 0.94,
            [MaccrobatCategory.Doses] = 0.92,
            [MaccrobatCategory.Regimen] = 0.94,
            [MaccrobatCategory.Markers] = 0.84,
            [MaccrobatCategory.Outcomes] = 0.84,
            [MaccrobatCategory.AdverseEvents] = 0.23,
        },
    };

    [Fact]
    public void EveryHalfReachesTheF1FloorOfEveryCategory()
    {
        Assert.All(MaccrobatSplit.Halves, h => Assert.Equal(MaccrobatCategory.All.Order(StringComparer.Ordinal), F1Floors[h].Keys.Order(StringComparer.Ordinal)));
        var evaluation = MaccrobatEvaluation.Result;
        foreach (var half in MaccrobatSplit.Halves)
        {
            output.WriteLine(Table(half, evaluation));
        }

        Assert.Empty(evaluation.MisalignedDocuments);
        Assert.Equal(200, evaluation.Documents.Values.Sum() + evaluation.LeftOutOfTest.Count);
        var failures = MaccrobatSplit.Halves
            .SelectMany(h => MaccrobatCategory.All.Select(c => (Half: h, Category: c, evaluation.Scores[h][c].F1)))
            .Where(s => s.F1 < F1Floors[s.Half][s.Category])
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Half} {s.Category}: F1 {s.F1:0.000} < floor {F1Floors[s.Half][s.Category]:0.00}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void TheDevelopmentHalfListsItsMissesAndWrongFacts()
    {
        var evaluation = MaccrobatEvaluation.Result;
        output.WriteLine("development half: - gold item missed, + engine fact judged wrong");
        foreach (var item in evaluation.DevelopmentItems)
        {
            output.WriteLine(item);
        }

        var development = MaccrobatSplit.Committed.Where(p => p.Value == MaccrobatSplit.Development).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(evaluation.DevelopmentItems, item => Assert.Contains(item[..item.IndexOf(' ', StringComparison.Ordinal)], development));
    }

    [Fact]
    public void EachHalfCountsItsErrorsByKind()
    {
        var evaluation = MaccrobatEvaluation.Result;
        foreach (var half in MaccrobatSplit.Halves)
        {
            output.WriteLine($"MACCROBAT {half} half, errors by kind (counts only): misses, wrong facts, documents");
            foreach (var (key, count) in evaluation.Kinds[half])
            {
                var bar = key.IndexOf('|', StringComparison.Ordinal);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {key[..bar],-14} {key[(bar + 1)..],-44} {count.Misses,4} {count.Wrong,4} {count.Documents,4}"));
            }

            output.WriteLine(string.Empty);
            foreach (var category in MaccrobatCategory.All)
            {
                var kinds = evaluation.Kinds[half].Where(k => k.Key.StartsWith(category + "|", StringComparison.Ordinal)).Select(k => k.Value).ToList();
                var score = evaluation.Scores[half][category];
                Assert.Equal(score.Gold - score.Found, kinds.Sum(k => k.Misses));
                Assert.Equal(score.Wrong, kinds.Sum(k => k.Wrong));
            }
        }
    }

    [Fact]
    public void TheTestHalfLeavesOutEveryDocumentReadItemByItemAsADevelopmentGoldenRecord()
    {
        var evaluation = MaccrobatEvaluation.Result;
        var expected = MaccrobatEvaluation.ReadAsDevelopmentGolden.Where(p => MaccrobatSplit.Committed[p] == MaccrobatSplit.Test);
        var test = MaccrobatSplit.Committed.Count(p => p.Value == MaccrobatSplit.Test);

        Assert.Equal(expected.Order(StringComparer.Ordinal), evaluation.LeftOutOfTest.Order(StringComparer.Ordinal));
        Assert.Equal(test - evaluation.LeftOutOfTest.Count, evaluation.Documents[MaccrobatSplit.Test]);
        Assert.NotEmpty(MaccrobatEvaluation.ReadAsDevelopmentGolden);
    }

    [Fact]
    public void EveryCategoryHasGoldItemsInBothHalves()
    {
        var evaluation = MaccrobatEvaluation.Result;
        Assert.All(MaccrobatSplit.Halves, h => Assert.All(MaccrobatCategory.All, c => Assert.True(evaluation.Scores[h][c].Gold > 0, $"{h} {c}")));
    }

    private static string Table(string half, MaccrobatEvaluation evaluation)
    {
        var table = new StringBuilder();
        var leftOut = half == MaccrobatSplit.Test && evaluation.LeftOutOfTest.Count > 0
            ? $" ({evaluation.LeftOutOfTest.Count} left out: read item by item as development golden records)"
            : string.Empty;
        table.AppendLine(CultureInfo.InvariantCulture, $"MACCROBAT {half} half: {evaluation.Documents[half]} documents{leftOut}");
        table.AppendLine("category        gold found  right wrong unjudged  prec  recall  f1     floor");
        foreach (var category in MaccrobatCategory.All)
        {
            var s = evaluation.Scores[half][category];
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{category,-14} {s.Gold,5} {s.Found,5} {s.Correct,6} {s.Wrong,5} {s.Unjudged,8}  {s.Precision,5:0.000} {s.Recall,6:0.000}  {s.F1,5:0.000}  {F1Floors[half][category],5:0.00}");
        }

        return table.ToString();
    }
}
