namespace CaseIngest.Core.Tests.Reports;

/// <summary>
/// Whole case reports written for the tests in the style of real ones (Reports/Written/&lt;name&gt;.txt or .md), each
/// beside the record a reader writes for it (&lt;name&gt;.expected.json, the golden format, its source the report's file name).
/// </summary>
public static class WrittenReports
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Reports", "Written");

    /// <summary>The expected-record files, in name order.</summary>
    public static IReadOnlyList<string> Expected() =>
        [.. Directory.EnumerateFiles(Folder, "*" + Golden.GoldenFiles.Suffix).Order(StringComparer.Ordinal)];

    /// <summary>The path of a report named by an expected record's source.</summary>
    public static string Text(string source) => Path.Combine(Folder, source);
}
