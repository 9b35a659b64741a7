namespace CaseIngest.Core.Tests.Engine;

/// <summary>
/// The tables the engine ships (src/CaseIngest.Core/Lexicons/Data) hold each row once: a row written twice is a row
/// somebody meant to change, and a later edit of one copy would leave the other in force.
/// </summary>
public sealed class LexiconTableRowTests
{
    public static TheoryData<string> Tables()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(DataFolder(), "*.tsv").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void NoTableHoldsTheSameRowTwice(string table)
    {
        var rows = File.ReadLines(Path.Combine(DataFolder(), table))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

        Assert.NotEmpty(rows);
        Assert.Empty(rows.GroupBy(row => row, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key));
    }

    [Fact]
    public void EveryShippedTableIsChecked() => Assert.True(Tables().Count >= 20);

    private static string DataFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CaseIngest.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "src", "CaseIngest.Core", "Lexicons", "Data");
    }
}
