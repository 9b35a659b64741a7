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

    /// <summary>
    /// As <see cref="Block(string, SectionKind, string)"/> for the text in a builder of <see cref="TextBuilderCache"/>
    /// (<see cref="XmlText.Build(System.Xml.Linq.XElement)"/>), appended without a string of it; the builder is given back.
    /// </summary>
    public void Block(string name, SectionKind kind, StringBuilder text) => Append(name, kind, string.Empty, text, "\n\n");

    /// <summary>As <see cref="Block(string, SectionKind, string, string)"/> for the text in a builder, given back as <see cref="Block(string, SectionKind, StringBuilder)"/>.</summary>
    public void Block(string name, SectionKind kind, string prefix, StringBuilder text) => Append(name, kind, prefix, text, "\n\n");

    /// <summary>As <see cref="Line(string, SectionKind, string)"/> for the text in a builder, given back as <see cref="Block(string, SectionKind, StringBuilder)"/>.</summary>
    public void Line(string name, SectionKind kind, StringBuilder text) => Append(name, kind, string.Empty, text, "\n");

    private void Append(string name, SectionKind kind, string prefix, StringBuilder text, string separator)
    {
        ThrowIfBuilt();
        var (start, end) = TextBuilderCache.Trimmed(text);
        var head = prefix.AsSpan().TrimStart();
        if (end == start)
        {
            head = head.TrimEnd();
        }

        if (head.IsEmpty && end == start)
        {
            TextBuilderCache.Release(text);
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append(separator);
        }

        _sections.Mark(_text.Length, name, kind);
        _text.Append(head).Append(text, start, end - start);
        TextBuilderCache.Release(text);
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
