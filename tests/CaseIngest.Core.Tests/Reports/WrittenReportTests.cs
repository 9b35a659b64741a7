using System.Text;
using CaseIngest.Core.Tests.Golden;

namespace CaseIngest.Core.Tests.Reports;

/// <summary>
/// The engine reads every fact of each whole report written for the tests, and nothing more: facts told across
/// sentences, paragraphs, sections and tables, which single-sentence tests do not show.
/// </summary>
public sealed class WrittenReportTests
{
    public static TheoryData<string> Names() => [.. WrittenReports.Expected().Select(GoldenFiles.IdOf)];

    [Fact]
    public void WrittenReportsAreWellFormed()
    {
        var files = WrittenReports.Expected();
        Assert.NotEmpty(files);
        var problems = files.SelectMany(f => GoldenValidator.Validate(f, WrittenReports.Text, "Reports/Written")).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EngineReadsEveryFactOfTheReportAndNoOther(string name)
    {
        var path = Path.Combine(WrittenReports.Folder, name + GoldenFiles.Suffix);
        var differences = new StringBuilder();
        foreach (var comparison in GoldenEvaluation.Compare(path, WrittenReports.Text))
        {
            foreach (var miss in comparison.Comparison.Misses)
            {
                differences.AppendLine($"{comparison.Category} - [{miss}]");
            }

            foreach (var extra in comparison.Comparison.Extras)
            {
                differences.AppendLine($"{comparison.Category} + [{extra}]");
            }
        }

        Assert.True(differences.Length == 0, $"{name}: missed (-) and extra (+) facts{Environment.NewLine}{differences}");
    }
}
