using System.Text;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Builds the plain text of a structured document (XML, HTML) block by block, each block tagged with its section.
/// Blocks are separated by a blank line; text inside a block keeps its own line breaks.
/// </summary>
internal sealed class TextAssembler
{
    private readonly StringBuilder _text = new();
    private readonly SectionBuilder _sections = new();

    public int Length => _text.Length;

    /// <summary>Appends one block (whitespace already normalised by the caller); empty blocks are skipped.</summary>
    public void Block(string name, SectionKind kind, string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _sections.Mark(_text.Length, name, kind);
        _text.Append(trimmed);
    }

    /// <summary>Appends a line to the current block (a single line break, no blank line).</summary>
    public void Line(string name, SectionKind kind, string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _sections.Mark(_text.Length, name, kind);
        _text.Append(trimmed);
    }

    public (string Text, IReadOnlyList<Section> Sections) Build()
    {
        var text = _text.ToString();
        return (text, _sections.Build(text.Length));
    }
}
