namespace CaseIngest.Core.Tests.Golden;

/// <summary>
/// The golden record files copied beside the test binaries: the development set as Golden/&lt;id&gt;.expected.json and
/// the held-out set as Golden/heldout/&lt;id&gt;.expected.json.
/// </summary>
public static class GoldenFiles
{
    public const string Suffix = ".expected.json";

    public const string HeldOutFolderName = "heldout";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Golden");

    public static string HeldOutFolder => Path.Combine(Folder, HeldOutFolderName);

    /// <summary>The records the rules may be refined against: their misses are printed item by item.</summary>
    public static IReadOnlyList<string> Development() => In(Folder);

    /// <summary>The sealed records: scored for figures only, never read item by item while rules are refined.</summary>
    public static IReadOnlyList<string> HeldOut() => In(HeldOutFolder);

    /// <summary>Both sets, development first.</summary>
    public static IReadOnlyList<string> All() => [.. Development(), .. HeldOut()];

    public static string IdOf(string path) => Path.GetFileName(path)[..^Suffix.Length];

    private static IReadOnlyList<string> In(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*" + Suffix).Order(StringComparer.Ordinal)]
            : [];
}
