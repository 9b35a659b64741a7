using CaseIngest.Core.Lexicons;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>The known section headings (Lexicons/Data/section-headings.tsv), loaded and validated once.</summary>
internal static class SectionHeadings
{
    private const string FileName = "section-headings.tsv";

    private static readonly Lazy<Dictionary<string, SectionKind>> Headings = new(() => Load(LexiconResource.ReadLines(FileName), FileName));

    public static SectionKind? KindOf(string heading) => Headings.Value.TryGetValue(heading, out var kind) ? kind : null;

    internal static Dictionary<string, SectionKind> Load(IReadOnlyList<(int Line, string Text)> lines, string fileName)
    {
        var headings = new Dictionary<string, SectionKind>(StringComparer.Ordinal);
        foreach (var (number, text) in lines)
        {
            var fields = text.Split('\t');
            if (fields.Length != 2 || fields[0].Trim().Length == 0)
            {
                throw new LexiconException($"{fileName} line {number}: expected 'heading<TAB>kind'.");
            }

            var heading = fields[0].Trim();
            if (heading != heading.ToLowerInvariant())
            {
                throw new LexiconException($"{fileName} line {number}: heading '{heading}' must be lower case.");
            }

            var kind = ParseKind(fields[1].Trim())
                ?? throw new LexiconException($"{fileName} line {number}: unknown kind '{fields[1].Trim()}'.");
            if (!headings.TryAdd(heading, kind))
            {
                throw new LexiconException($"{fileName} line {number}: heading '{heading}' is listed twice.");
            }
        }

        return headings;
    }

    /// <summary>Kind names as the data files write them: "case", "back-matter", "references" …</summary>
    internal static SectionKind? ParseKind(string name) => name switch
    {
        "body" => SectionKind.Body,
        "title" => SectionKind.Title,
        "abstract" => SectionKind.Abstract,
        "case" => SectionKind.Case,
        "introduction" => SectionKind.Introduction,
        "discussion" => SectionKind.Discussion,
        "metadata" => SectionKind.Metadata,
        "references" => SectionKind.References,
        "chrome" => SectionKind.Chrome,
        "caption" => SectionKind.Caption,
        "back-matter" => SectionKind.BackMatter,
        _ => null,
    };
}
