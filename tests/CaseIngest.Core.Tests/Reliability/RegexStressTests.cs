using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace CaseIngest.Core.Tests.Reliability;

/// <summary>
/// Every regular expression of the engine, found by reflection, run over long runs of the characters its classes
/// and alternations share (spaces, commas, digits, units, joining words), each ending in a character that makes the
/// match fail late. A pattern that backtracks polynomially or worse on such text runs into the match timeout here,
/// in the build; the engine's own patterns carry no timeout, so a document never fails because its thread was
/// descheduled on a busy machine. Where the linear engine (<see cref="RegexOptions.NonBacktracking"/>) supports a
/// pattern, the engine's compiled pattern finds the same matches on that text.
/// </summary>
public sealed class RegexStressTests(ITestOutputHelper output)
{
    /// <summary>Far above what a linear scan of these inputs needs (well under a millisecond), even on a busy machine.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly string[] Units =
    [
        " ", "\t", ",", ", ", " ,", "1", "1.", "1,", "1, ", "1 ", "12-", "1 - ", "a", "a ", "A1", "ab-", "a.", "a/", "and ",
        "or ", "d1, ", "day 1, ", "on day ", "-", "–", "(", "( ", ")", "()", "+", "&", "/", "mg ", "1 mg ", "1 mg/m2 ",
        "Gy ", "1 Gy ", "1 × ", "x ", "PD-L1 ", "of ", "10 of ", "#", "* ", "|", "\n", "\n\n", "cycle ", "no ", "not ",
        "was ", "E1", "V600", "exon ", "positive ", "%", "1%", "<1", "received ", "AUC ",
    ];

    public static TheoryData<string> Patterns()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in GeneratedRegexes())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void TheEngineHasRegularExpressionsToCheck() => Assert.True(GeneratedRegexes().Count() >= 50);

    [Theory]
    [MemberData(nameof(Patterns))]
    public void PatternRunsInBoundedTimeOnRepetitiveText(string name)
    {
        var generated = GeneratedRegexes().Single(r => r.Name == name).Regex;
        var (timedOut, slowest) = Stress(new Regex(generated.ToString(), generated.Options, Timeout));
        output.WriteLine($"{name}: slowest input {slowest.TotalMilliseconds:F1} ms");
        Assert.True(timedOut is null, $"{name} timed out on {timedOut}");
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void PatternHasNoWallClockTimeout(string name)
    {
        var generated = GeneratedRegexes().Single(r => r.Name == name).Regex;
        Assert.Equal(Regex.InfiniteMatchTimeout, generated.MatchTimeout);
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void PatternFindsWhatTheLinearEngineFindsOnRepetitiveText(string name)
    {
        var generated = GeneratedRegexes().Single(r => r.Name == name).Regex;
        Regex linear;
        try
        {
            linear = new Regex(generated.ToString(), generated.Options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            // lookarounds, \G or atomic groups: only the bounded-time run above applies
            return;
        }

        foreach (var input in Inputs(200))
        {
            Assert.Equal(Spans(linear, input), Spans(generated, input));
        }
    }

    [Fact]
    public void ACatastrophicPatternIsCaught()
    {
        var (timedOut, _) = Stress(new Regex(@"^(?:\s*,?\s*)*$", RegexOptions.None, TimeSpan.FromMilliseconds(200)));
        Assert.NotNull(timedOut);
    }

    /// <summary>The first input the pattern timed out on (null when none did) and the slowest time otherwise.</summary>
    private static (string? TimedOut, TimeSpan Slowest) Stress(Regex regex)
    {
        var slowest = TimeSpan.Zero;
        foreach (var input in Inputs(2_000))
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                _ = regex.Count(input);
            }
            catch (RegexMatchTimeoutException)
            {
                return ($"'{Escape(input[..Math.Min(12, input.Length - 1)])}…' ({input.Length} characters) ending in U+{(int)input[^1]:X4}", watch.Elapsed);
            }

            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
        }

        return (null, slowest);
    }

    /// <summary>Each unit repeated to <paramref name="length"/> characters, followed by each of the late-failing ends.</summary>
    private static IEnumerable<string> Inputs(int length) =>
        from unit in Units
        from end in new[] { "\u0001", "!", "z", "9" }
        select Repeat(unit, length) + end;

    private static List<(int Index, int Length)> Spans(Regex regex, string input) =>
        [.. regex.Matches(input).Select(m => (m.Index, m.Length))];

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static IEnumerable<(string Name, Regex Regex)> GeneratedRegexes() =>
        from type in typeof(CaseEngine).Assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
        where method.GetCustomAttribute<GeneratedRegexAttribute>() is not null && method.GetParameters().Length == 0
        orderby type.FullName, method.Name
        select ($"{type.Name}.{method.Name}", (Regex)method.Invoke(null, null)!);
}
