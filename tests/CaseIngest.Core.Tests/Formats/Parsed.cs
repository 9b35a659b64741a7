using System.Text;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Formats;

/// <summary>Parses test documents the way the engine does and checks the section invariants.</summary>
internal static class Parsed
{
    private static readonly DocumentReader Reader = DocumentReader.CreateDefault(64L * 1024 * 1024);

    public static ParseResult Read(string text, string name = "test.txt") => Reader.Read(name, Encoding.UTF8.GetBytes(text));

    public static ParseResult ReadBytes(byte[] bytes, string name = "test.bin") => Reader.Read(name, bytes);

    public static ParseResult ReadCorpus(string relative) => Reader.Read(relative, File.ReadAllBytes(Corpus.File(relative)));

    public static ParsedDocument Document(string text, string name = "test.txt")
    {
        var result = Read(text, name);
        Assert.True(result.Succeeded, result.Error?.Message);
        AssertSectionsCover(result.Document!);
        return result.Document!;
    }

    public static ParsedDocument CorpusDocument(string relative)
    {
        var result = ReadCorpus(relative);
        Assert.True(result.Succeeded, $"{relative}: {result.Error?.Code} {result.Error?.Message}");
        AssertSectionsCover(result.Document!);
        return result.Document!;
    }

    /// <summary>Sections are ordered, non-overlapping, non-empty and cover the text from 0 to its length.</summary>
    public static void AssertSectionsCover(ParsedDocument document)
    {
        var position = 0;
        foreach (var section in document.Sections)
        {
            Assert.Equal(position, section.Start);
            Assert.True(section.End > section.Start, $"empty section {section}");
            position = section.End;
        }

        Assert.Equal(document.Text.Length, position);
    }

    /// <summary>The text of the sections of one kind, joined by new lines.</summary>
    public static string TextOf(ParsedDocument document, SectionKind kind) =>
        string.Join("\n", document.Sections.Where(s => s.Kind == kind).Select(s => document.Text[s.Start..s.End]));

    /// <summary>The kind of the section holding the first occurrence of <paramref name="phrase"/>.</summary>
    public static SectionKind KindAt(ParsedDocument document, string phrase)
    {
        var offset = document.Text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{phrase}' is not in the text");
        return document.Sections.Single(s => s.Contains(offset)).Kind;
    }
}
