namespace CaseIngest.Core.Parsing;

/// <summary>
/// A parser that can also read plain UTF-8 bytes (no byte order mark, no NUL, valid UTF-8) without the whole text
/// being decoded first. Its byte methods must decide and parse exactly as the text methods do on the decoded text.
/// </summary>
internal interface IUtf8DocumentParser : IDocumentParser
{
    /// <summary>As <see cref="IDocumentParser.Match"/>; <paramref name="rootName"/> is what <c>XmlSniffer.RootName</c> gives for the decoded text.</summary>
    bool Match(ReadOnlySpan<byte> utf8, string? rootName, string name);

    ParseResult Parse(ReadOnlySpan<byte> utf8, string name);
}
