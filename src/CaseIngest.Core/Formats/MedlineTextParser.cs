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

        return text.AsSpan(start).StartsWith("PMID-", StringComparison.Ordinal) && TagLineRegex().IsMatch(text.AsSpan(start, Math.Min(400, text.Length - start)));
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
            assembler.Block("Title", SectionKind.Title, record.First("TI") ?? record.First("BTI") ?? string.Empty);
            if (record.First("AB") is { } abstractText)
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

    private static ArticleInfo Article(Record record)
    {
        var authors = record.All("FAU").Select(FullAuthorName).ToList();
        if (authors.Count == 0)
        {
            authors = [.. record.All("AU")];
        }

        authors.AddRange(record.All("CN"));
        return new ArticleInfo
        {
            Title = record.First("TI") ?? record.First("BTI"),
            Journal = record.First("JT") ?? record.First("TA"),
            Year = YearText.First(record.First("DP")),
            Pmid = record.First("PMID"),
            Pmcid = PubMedXmlParser.NormalisePmcid(record.First("PMC")),
            Doi = Doi(record),
            Authors = authors,
            Keywords = [.. record.All("OT")],
            PublicationTypes = [.. record.All("PT")],
        };
    }

    private static string? Doi(Record record)
    {
        foreach (var tag in (string[])["LID", "AID"])
        {
            foreach (var value in record.All(tag))
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

    /// <summary>
    /// The records of the text, their fields held as places in it: a field's value (its first line after the tag and
    /// each continuation line, trimmed and joined by a space) is made a string only when it is read.
    /// </summary>
    private static List<Record> Records(string text)
    {
        var records = new List<Record>();
        var pieces = new List<(int Start, int Length)>();
        Record? current = null;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var rawLine = text.AsSpan(lineStart, lineEnd - lineStart);
            var line = rawLine.TrimEnd();
            var offset = lineStart;
            lineStart = lineEnd + 1;
            if (line.Length == 0)
            {
                continue;
            }

            if (TagLength(line) is var tagLength && tagLength > 0)
            {
                var tag = line[..line.IndexOfAny(' ', '-')];
                var (valueStart, valueLength) = Trimmed(line, tagLength);
                if (tag.SequenceEqual("PMID") || current is null)
                {
                    current = new Record(text, pieces);
                    records.Add(current);
                }

                pieces.Add((offset + valueStart, valueLength));
                current.Fields.Add(new Field(offset, tag.Length, pieces.Count - 1));
            }
            else if (current is { Fields.Count: > 0 } && rawLine.StartsWith("      ", StringComparison.Ordinal))
            {
                // a continuation line belongs to the field before it, which is the last piece added
                var (valueStart, valueLength) = Trimmed(line, 0);
                pieces.Add((offset + valueStart, valueLength));
                current.Fields[^1] = current.Fields[^1] with { Pieces = current.Fields[^1].Pieces + 1 };
            }
        }

        return records;
    }

    /// <summary>The length of the line's tag and its dash ("AB  - "), 0 when the line does not start with one.</summary>
    private static int TagLength(ReadOnlySpan<char> line)
    {
        foreach (var match in TagLineRegex().EnumerateMatches(line))
        {
            // the pattern is anchored at a line's start, and a line holds no line break
            return match.Index == 0 ? match.Length : 0;
        }

        return 0;
    }

    /// <summary>The place of <c>line[from..].Trim()</c> in the line.</summary>
    private static (int Start, int Length) Trimmed(ReadOnlySpan<char> line, int from)
    {
        var rest = line[from..];
        var start = rest.Length - rest.TrimStart().Length;
        return (from + start, rest.Trim().Length);
    }

    /// <summary>A field: its tag's place in the text and its value's pieces, <see cref="Pieces"/> of them from <see cref="FirstPiece"/>.</summary>
    private readonly record struct Field(int TagStart, int TagLength, int FirstPiece, int Pieces = 1);

    /// <summary>The fields of one record, read in place in the text.</summary>
    private sealed class Record(string text, List<(int Start, int Length)> pieces)
    {
        public List<Field> Fields { get; } = [];

        /// <summary>The first value of the tag that is not empty.</summary>
        public string? First(string tag)
        {
            foreach (var field in Fields)
            {
                if (Is(field, tag) && ValueLength(field) > 0)
                {
                    return Value(field);
                }
            }

            return null;
        }

        /// <summary>Every value of the tag that is not empty, in order.</summary>
        public IEnumerable<string> All(string tag)
        {
            foreach (var field in Fields)
            {
                if (Is(field, tag) && ValueLength(field) > 0)
                {
                    yield return Value(field);
                }
            }
        }

        private bool Is(Field field, string tag) => text.AsSpan(field.TagStart, field.TagLength).SequenceEqual(tag);

        private int ValueLength(Field field)
        {
            var length = field.Pieces - 1;
            for (var i = 0; i < field.Pieces; i++)
            {
                length += pieces[field.FirstPiece + i].Length;
            }

            return length;
        }

        /// <summary>The pieces joined by a space.</summary>
        private string Value(Field field)
        {
            if (field.Pieces == 1)
            {
                var (start, length) = pieces[field.FirstPiece];
                return text.Substring(start, length);
            }

            var builder = TextBuilderCache.Acquire();
            for (var i = 0; i < field.Pieces; i++)
            {
                var (start, length) = pieces[field.FirstPiece + i];
                if (i > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(text, start, length);
            }

            return TextBuilderCache.ToStringAndRelease(builder, builder.Length);
        }
    }

    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9]{1,3}) {0,4}- ", RegexOptions.Multiline)]
    private static partial Regex TagLineRegex();

    [GeneratedRegex(@"(?:^|[^A-Za-z])(?<label>[A-Z][A-Z ,&/\-]{2,60}[A-Z]): ")]
    private static partial Regex LabelRegex();
}
