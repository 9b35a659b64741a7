namespace CaseIngest.Core.Parsing;

/// <summary>A half-open range [Start, End) of the plain text with its heading and kind.</summary>
public sealed record Section(string Name, SectionKind Kind, int Start, int End)
{
    public bool Contains(int offset) => offset >= Start && offset < End;
}
