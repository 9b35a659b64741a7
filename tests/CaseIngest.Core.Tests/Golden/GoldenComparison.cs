namespace CaseIngest.Core.Tests.Golden;

/// <summary>One category of one document: how many golden keys the engine matched, which it missed, which it added.</summary>
public sealed record GoldenComparison(int Matched, IReadOnlyList<string> Misses, IReadOnlyList<string> Extras)
{
    /// <summary>Every key the engine's record gave in this category, matched or not, in ordinal order.</summary>
    public IReadOnlyList<string> Found { get; init; } = [];

    /// <summary>Exact comparison of two key sets.</summary>
    public static GoldenComparison Exact(IReadOnlySet<string> expected, IReadOnlySet<string> actual) =>
        new(
            expected.Count(actual.Contains),
            [.. expected.Where(k => !actual.Contains(k)).Order(StringComparer.Ordinal)],
            [.. actual.Where(k => !expected.Contains(k)).Order(StringComparer.Ordinal)])
        {
            Found = [.. actual.Order(StringComparer.Ordinal)],
        };

    /// <summary>
    /// Diagnosis keys are "patient|name": a golden key matches an unused engine key of the same patient whose name
    /// contains, or is contained in, the golden name. Keys are visited in ordinal order, so the result is deterministic.
    /// </summary>
    public static GoldenComparison Containing(IReadOnlySet<string> expected, IReadOnlySet<string> actual)
    {
        var unused = actual.Order(StringComparer.Ordinal).ToList();
        var misses = new List<string>();
        var matched = 0;
        foreach (var key in expected.Order(StringComparer.Ordinal))
        {
            var index = unused.FindIndex(candidate => ContainsEither(key, candidate));
            if (index < 0)
            {
                misses.Add(key);
                continue;
            }

            matched++;
            unused.RemoveAt(index);
        }

        return new GoldenComparison(matched, misses, unused) { Found = [.. actual.Order(StringComparer.Ordinal)] };
    }

    private static bool ContainsEither(string expected, string actual)
    {
        var (expectedPatient, expectedName) = Split(expected);
        var (actualPatient, actualName) = Split(actual);
        return expectedPatient == actualPatient
            && actualName.Length > 0
            && (expectedName.Contains(actualName, StringComparison.Ordinal) || actualName.Contains(expectedName, StringComparison.Ordinal));
    }

    private static (string Patient, string Name) Split(string key)
    {
        var bar = key.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (string.Empty, key) : (key[..bar], key[(bar + 1)..]);
    }
}
