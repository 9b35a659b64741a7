using System.Text.RegularExpressions;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// MEDLINE tagged text ("PMID- ", "TI  - ", "AB  - " …, continuation lines indented by six spaces), one or more
/// records separated by blank lines. Text: per record the title, then the abstract cut at its upper-case labels
/// ("BACKGROUND:", "CASE PRESENTATION:"). Metadata comes from the first record.
/// </summary>
public sealed partial class MedlineTextParser : IDocumentParser
{
    public string Format => "medline-text";

    public bool Match(string text, string name)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return text.AsSpan(start).StartsWith("PMID-", StringComparison.Ordinal) && TagLineRegex().IsMatch(text.AsSpan(start, Math.Min(400, text.Length - start)).ToString());
    }

    public ParseResult Parse(string text, string name)
    {
        var records = Records(text);
        if (records.Count == 0)
        {
            return ParseResult.Failed(ErrorCodes.NoArticle, "The MEDLINE text holds no record.");
        }

        var assembler = new TextAssembler();
        foreach (var record in records)
        {
            assembler.Block("Title", SectionKind.Title, First(record, "TI") ?? First(record, "BTI") ?? string.Empty);
            if (First(record, "AB") is { } abstractText)
            {
                AppendAbstract(assembler, abstractText);
            }
        }

        var (plain, sections) = assembler.Build();
        if (plain.Length == 0)
        {
            return ParseResult.Failed(ErrorCodes.NoArticle, "The MEDLINE records hold neither a title nor an abstract.");
        }

        return ParseResult.Success(new ParsedDocument(Format, plain, sections, Article(records[0])));
    }

    private static void AppendAbstract(TextAssembler assembler, string abstractText)
    {
        var labels = LabelRegex().Matches(abstractText);
        if (labels.Count == 0)
        {
            assembler.Block("Abstract", SectionKind.Abstract, abstractText);
            return;
        }

        var first = labels[0].Groups["label"].Index;
        if (first > 0)
        {
            assembler.Block("Abstract", SectionKind.Abstract, abstractText[..first]);
        }

        for (var i = 0; i < labels.Count; i++)
        {
            var start = labels[i].Groups["label"].Index;
            var end = i + 1 < labels.Count ? labels[i + 1].Groups["label"].Index : abstractText.Length;
            var label = labels[i].Groups["label"].Value;
            var kind = Sectioner.KindOfHeading(label) == SectionKind.Case ? SectionKind.Case : SectionKind.Abstract;
            assembler.Block(label, kind, abstractText[start..end]);
        }
    }

    private static ArticleInfo Article(List<(string Tag, string Value)> record)
    {
        var authors = All(record, "FAU").Select(FullAuthorName).ToList();
        if (authors.Count == 0)
        {
            authors = [.. All(record, "AU")];
        }

        authors.AddRange(All(record, "CN"));
        return new ArticleInfo
        {
            Title = First(record, "TI") ?? First(record, "BTI"),
            Journal = First(record, "JT") ?? First(record, "TA"),
            Year = YearText.First(First(record, "DP")),
            Pmid = First(record, "PMID"),
            Pmcid = PubMedXmlParser.NormalisePmcid(First(record, "PMC")),
            Doi = Doi(record),
            Authors = authors,
            Keywords = [.. All(record, "OT")],
            PublicationTypes = [.. All(record, "PT")],
        };
    }

    private static string? Doi(List<(string Tag, string Value)> record)
    {
        foreach (var tag in (string[])["LID", "AID"])
        {
            foreach (var value in All(record, tag))
            {
                if (value.EndsWith("[doi]", StringComparison.Ordinal))
                {
                    return value[..^5].Trim();
                }
            }
        }

        return null;
    }

    /// <summary>"Casbon, James A" becomes "James A Casbon".</summary>
    private static string FullAuthorName(string value)
    {
        var comma = value.IndexOf(',');
        return comma < 0 ? value : (value[(comma + 1)..].Trim() + " " + value[..comma].Trim()).Trim();
    }

    private static string? First(List<(string Tag, string Value)> record, string tag)
    {
        foreach (var (t, value) in record)
        {
            if (t == tag && value.Length > 0)
            {
                return value;
            }
        }

        return null;
    }

    private static IEnumerable<string> All(List<(string Tag, string Value)> record, string tag) =>
        record.Where(field => field.Tag == tag && field.Value.Length > 0).Select(field => field.Value);

    private static List<List<(string Tag, string Value)>> Records(string text)
    {
        var records = new List<List<(string Tag, string Value)>>();
        List<(string Tag, string Value)>? current = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            var tag = TagLineRegex().Match(line);
            if (tag.Success)
            {
                var name = tag.Groups["tag"].Value;
                var value = line[tag.Length..].Trim();
                if (name == "PMID" || current is null)
                {
                    current = [];
                    records.Add(current);
                }

                current.Add((name, value));
            }
            else if (current is { Count: > 0 } && rawLine.StartsWith("      ", StringComparison.Ordinal))
            {
                var last = current[^1];
                current[^1] = (last.Tag, last.Value + " " + line.Trim());
            }
        }

        return records;
    }

    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9]{1,3}) {0,4}- ", RegexOptions.Multiline)]
    private static partial Regex TagLineRegex();

    [GeneratedRegex(@"(?:^|[^A-Za-z])(?<label>[A-Z][A-Z ,&/\-]{2,60}[A-Z]): ")]
    private static partial Regex LabelRegex();
}
