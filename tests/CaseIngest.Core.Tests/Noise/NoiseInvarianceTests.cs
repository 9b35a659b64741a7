using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Noise;

/// <summary>The facts of a report do not change with the noise its file carries.</summary>
public sealed class NoiseInvarianceTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<string>> Clean = new(() => NoisyReport.Facts(NoisyReport.Markdown, "report.md"));

    public static TheoryData<string, string, string> Variants => NoisyVariants.All();

    [Fact]
    public void TheCleanReportHoldsEveryFact()
    {
        foreach (var fact in Clean.Value)
        {
            output.WriteLine(fact);
        }

        Assert.Contains(Clean.Value, f => f.StartsWith("diagnosis ", StringComparison.Ordinal));
        Assert.Contains(Clean.Value, f => f.StartsWith("drug pemetrexed given dose=500 mg/m2 cycles=4", StringComparison.Ordinal));
        Assert.Contains(Clean.Value, f => f.StartsWith("radiotherapy given 60 Gy fractions=30", StringComparison.Ordinal));
        Assert.Contains(Clean.Value, f => f.StartsWith("marker KRAS G12C", StringComparison.Ordinal));
        Assert.Contains(Clean.Value, f => f.StartsWith("event ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void TheNoisyReportHoldsTheFactsOfTheCleanOne(string noise, string name, string text)
    {
        var facts = NoisyReport.Facts(text, name);
        var missing = Clean.Value.Except(facts).ToList();
        var extra = facts.Except(Clean.Value).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{noise}:\n" + string.Join("\n", missing.Select(f => "- " + f).Concat(extra.Select(f => "+ " + f))));
    }
}
