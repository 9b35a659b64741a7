using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// The known lines of a PubMed article page copied as text (Lexicons/Data/pubmed-page-lines.tsv): section headings,
/// chrome lines and chrome prefixes, each with a weight of evidence that a text is such a page.
/// </summary>
internal sealed class PubMedPageLines
{
    private const string FileName = "pubmed-page-lines.tsv";

    private static readonly Lazy<PubMedPageLines> DefaultLines = new(() => Load(LexiconResource.ReadLines(FileName), FileName));

    private readonly Dictionary<string, (bool Heading, SectionKind Kind, int Weight)> _lines;
    private readonly List<(string Prefix, SectionKind Kind, int Weight)> _prefixes;

    private PubMedPageLines(Dictionary<string, (bool, SectionKind, int)> lines, List<(string, SectionKind, int)> prefixes)
    {
        _lines = lines;
        _prefixes = prefixes;
    }

    public static PubMedPageLines Default => DefaultLines.Value;

    /// <summary>The section kind a heading line opens, or null when the line is not a known heading.</summary>
    public SectionKind? HeadingKind(string line) =>
        _lines.TryGetValue(line, out var entry) && entry.Heading ? entry.Kind : null;

    /// <summary>The kind of a line that is page furniture by itself (exact line or known prefix), or null.</summary>
    public SectionKind? LineKind(string line)
    {
        if (_lines.TryGetValue(line, out var entry))
        {
            return entry.Heading ? null : entry.Kind;
        }

        foreach (var (prefix, kind, _) in _prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>How strongly this line says "copied PubMed page" (0 for ordinary text).</summary>
    public int Weight(ReadOnlySpan<char> line)
    {
        if (_lines.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(line, out var entry))
        {
            return entry.Weight;
        }

        foreach (var (prefix, _, weight) in _prefixes)
        {
            if (weight > 0 && line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return weight;
            }
        }

        return 0;
    }

    internal static PubMedPageLines Load(IReadOnlyList<(int Line, string Text)> lines, string fileName)
    {
        var exact = new Dictionary<string, (bool, SectionKind, int)>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new List<(string, SectionKind, int)>();
        foreach (var (number, text) in lines)
        {
            var fields = text.Split('\t');
            if (fields.Length != 4 || fields[0].Trim().Length == 0)
            {
                throw new LexiconException($"{fileName} line {number}: expected 'line<TAB>role<TAB>kind<TAB>weight'.");
            }

            var kind = SectionHeadings.ParseKind(fields[2].Trim())
                ?? throw new LexiconException($"{fileName} line {number}: unknown kind '{fields[2].Trim()}'.");
            if (!int.TryParse(fields[3].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var weight) || weight > 5)
            {
                throw new LexiconException($"{fileName} line {number}: weight must be a whole number from 0 to 5.");
            }

            var value = fields[0].Trim();
            switch (fields[1].Trim())
            {
                case "heading" or "line":
                    if (!exact.TryAdd(value, (fields[1].Trim() == "heading", kind, weight)))
                    {
                        throw new LexiconException($"{fileName} line {number}: '{value}' is listed twice.");
                    }

                    break;
                case "prefix":
                    prefixes.Add((value, kind, weight));
                    break;
                default:
                    throw new LexiconException($"{fileName} line {number}: role must be heading, line or prefix.");
            }
        }

        return new PubMedPageLines(exact, prefixes);
    }
}
