namespace CaseIngest.Core.Text;

/// <summary>A half-open range [Start, End) of the plain text holding one sentence.</summary>
public readonly record struct Sentence(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;
}
