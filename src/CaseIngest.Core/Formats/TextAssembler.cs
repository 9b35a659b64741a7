using System.Text;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Builds the plain text of a structured document (XML, HTML) block by block, each block tagged with its section.
/// Blocks are separated by a blank line; text inside a block keeps its own line breaks.
/// </summary>
internal sealed class TextAssembler
{
    private const int MaxKeptCapacity = 256 * 1024;

    /// <summary>The builder of the last assembler built on this thread, for the next one: the text then costs only its final string.</summary>
    [ThreadStatic]
    private static StringBuilder? _spare;

    private readonly StringBuilder _text = TakeSpare();
    private bool _built;
    private readonly SectionBuilder _sections = new();

    public int Length => _text.Length;

    /// <summary>Appends one block (whitespace already normalised by the caller); empty blocks are skipped.</summary>
    public void Block(string name, SectionKind kind, string text)
    {
        ThrowIfBuilt();
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

    /// <summary>As <see cref="Block(string, SectionKind, string)"/> with the text <paramref name="prefix"/> + <paramref name="text"/>, without making that string.</summary>
    public void Block(string name, SectionKind kind, string prefix, string text)
    {
        ThrowIfBuilt();
        var head = prefix.AsSpan().TrimStart();
        if (head.IsEmpty)
        {
            Block(name, kind, text);
            return;
        }

        // Leading white space can only be in the prefix; trailing white space is the text's, or, when the text is
        // nothing but white space, the prefix's.
        var tail = text.AsSpan().TrimEnd();
        if (tail.IsEmpty)
        {
            head = head.TrimEnd();
        }

        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _sections.Mark(_text.Length, name, kind);
        _text.Append(head).Append(tail);
    }

    /// <summary>Appends a line to the current block (a single line break, no blank line).</summary>
    public void Line(string name, SectionKind kind, string text)
    {
        ThrowIfBuilt();
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

    /// <summary>The text and its sections; the assembler is done afterwards (its builder serves the next one).</summary>
    public (string Text, IReadOnlyList<Section> Sections) Build()
    {
        ThrowIfBuilt();
        var text = _text.ToString();
        _built = true;
        if (_text.Capacity <= MaxKeptCapacity)
        {
            _spare = _text;
        }

        return (text, _sections.Build(text.Length));
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("The text is built; an assembler builds one text once.");
        }
    }

    private static StringBuilder TakeSpare()
    {
        var spare = _spare;
        if (spare is null)
        {
            return new StringBuilder();
        }

        _spare = null;
        spare.Clear();
        return spare;
    }
}
