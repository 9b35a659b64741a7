namespace CaseIngest.Core.Tests.Golden;

/// <summary>The golden record files copied beside the test binaries: Golden/&lt;id&gt;.expected.json.</summary>
public static class GoldenFiles
{
    public const string Suffix = ".expected.json";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Golden");

    public static IReadOnlyList<string> All() =>
        Directory.Exists(Folder)
            ? [.. Directory.EnumerateFiles(Folder, "*" + Suffix).Order(StringComparer.Ordinal)]
            : [];

    public static string IdOf(string path) => Path.GetFileName(path)[..^Suffix.Length];
}
