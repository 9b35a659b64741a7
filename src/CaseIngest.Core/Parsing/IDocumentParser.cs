namespace CaseIngest.Core.Parsing;

/// <summary>One input format. Parsers are tried in order; the first whose <see cref="Match"/> is true parses.</summary>
public interface IDocumentParser
{
    /// <summary>Contract format name: text, markdown, html, pubmed-html, pubmed-text, pubmed-xml, medline-text, jats-xml.</summary>
    string Format { get; }

    /// <summary>Decides from the decoded text (and the file name as a hint only) whether this parser reads it.</summary>
    bool Match(string text, string name);

    ParseResult Parse(string text, string name);
}
