using CaseIngest.Core.Lexicons;

namespace CaseIngest.Core.Formats;

/// <summary>The journal a DOI belongs to, from the stems in Lexicons/Data/doi-journals.tsv ("10.14740/jmc" is J Med Cases).</summary>
internal static class DoiJournals
{
    private const string FileName = "doi-journals.tsv";

    private static readonly Lazy<List<(string Stem, string Journal)>> Stems = new(() => Load(LexiconResource.ReadLines(FileName)));

    public static string? JournalOf(string? doi)
    {
        if (string.IsNullOrEmpty(doi))
        {
            return null;
        }

        foreach (var (stem, journal) in Stems.Value)
        {
            if (doi.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && (doi.Length == stem.Length || !char.IsLetter(doi[stem.Length])))
            {
                return journal;
            }
        }

        return null;
    }

    internal static List<(string Stem, string Journal)> Load(IReadOnlyList<(int Line, string Text)> lines)
    {
        var stems = new List<(string, string)>();
        foreach (var (number, text) in lines)
        {
            var fields = text.Split('\t');
            if (fields.Length != 2 || !fields[0].StartsWith("10.", StringComparison.Ordinal) || !fields[0].Contains('/', StringComparison.Ordinal)
                || fields[1].Trim().Length == 0)
            {
                throw new LexiconException($"{FileName} line {number}: expected 'DOI stem<TAB>journal'.");
            }

            stems.Add((fields[0].Trim(), fields[1].Trim()));
        }

        // the longest stem first, so a journal's own stem wins over a shorter one of its publisher
        stems.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return stems;
    }
}
