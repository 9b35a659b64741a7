using System.Security.Cryptography;
using System.Text;

namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// The fixed split of MACCROBAT2020 by PMID: the first byte of SHA-256 of the PMID (UTF-8) is even for the development
/// half and odd for the test half. The resulting list is committed as Maccrobat/split.tsv so that it cannot drift.
/// </summary>
internal static class MaccrobatSplit
{
    public const string Development = "development";
    public const string Test = "test";

    public static IReadOnlyList<string> Halves { get; } = [Development, Test];

    public static string HalfOf(string pmid) => SHA256.HashData(Encoding.UTF8.GetBytes(pmid))[0] % 2 == 0 ? Development : Test;

    /// <summary>The committed list, pmid to half, read from split.tsv beside the test binaries.</summary>
    public static IReadOnlyDictionary<string, string> Committed { get; } = Read(Path.Combine(AppContext.BaseDirectory, "Maccrobat", "split.tsv"));

    private static Dictionary<string, string> Read(string path)
    {
        var halves = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            halves.Add(cells[0], cells[1]);
        }

        return halves;
    }
}
